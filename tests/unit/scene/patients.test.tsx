import { afterEach, describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { BufferGeometry, Texture } from 'three';
import { Patients } from '../../../src/scene/Patients';
import { DEMO_PATIENTS } from './demoModel';
import { patientSpots } from '../../../src/scene/patientSpots';
import { COUNTER, WAITING } from '../../../src/scene/sceneLayout';
import type { PatientFigure } from '../../../src/scene/sceneContract';

const patient = (id: string, place: PatientFigure['place'], extra: Partial<PatientFigure> = {}): PatientFigure => ({
  id,
  displayName: id,
  height: 1.7,
  shirtColour: '#336699',
  skinTone: '#c68e64',
  hairColour: '#222222',
  place,
  ...extra,
});

const figureNames = (renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>) =>
  renderer.scene.findAll((n) => n.instance.name.startsWith('patient:')).map((n) => n.instance.name);

afterEach(() => vi.restoreAllMocks());

describe('patients', () => {
  it('draws everyone who is here and nobody who has gone', async () => {
    const renderer = await ReactThreeTestRenderer.create(
      <Patients patients={[patient('a', 'queue'), patient('b', 'gone'), patient('c', 'dropoff'), patient('d', 'pickup')]} />,
    );
    expect(figureNames(renderer).sort()).toEqual(['patient:a', 'patient:c', 'patient:d']);
  });

  it('draws a back-room task in the queue as a box, not a person, in its place in line', async () => {
    const renderer = await ReactThreeTestRenderer.create(
      <Patients patients={[patient('a', 'queue'), patient('tote', 'queue', { task: true, displayName: 'Refrigerated tote' })]} />,
    );
    expect(figureNames(renderer)).toEqual(['patient:a']);
    const box = renderer.scene.findAll((n) => n.instance.name === 'task:tote');
    expect(box).toHaveLength(1);
    const spot = patientSpots([patient('a', 'queue'), patient('tote', 'queue', { task: true })]).get('tote')!;
    expect(box[0]!.instance.position.x).toBe(spot.x);
    expect(box[0]!.instance.position.z).toBe(spot.z);
  });

  it('frees the figure and the name tag of a patient who leaves', async () => {
    const geometryDispose = vi.spyOn(BufferGeometry.prototype, 'dispose');
    const textureDispose = vi.spyOn(Texture.prototype, 'dispose');
    const renderer = await ReactThreeTestRenderer.create(<Patients patients={[...DEMO_PATIENTS]} />);
    const leaving = DEMO_PATIENTS.map((p, i) => (i === 0 ? { ...p, place: 'gone' as const } : p));
    await renderer.update(<Patients patients={leaving} />);
    expect(figureNames(renderer)).not.toContain(`patient:${DEMO_PATIENTS[0]!.id}`);
    const disposedTextures = textureDispose.mock.contexts.map((t) => (t as Texture).name);
    expect(disposedTextures).toContain(`name-tag:${DEMO_PATIENTS[0]!.displayName}`);
    expect(geometryDispose).toHaveBeenCalled();
  });

  it('tells the demo patients apart by height, shirt, skin and hair', () => {
    const looks = DEMO_PATIENTS.map((p) => `${p.height}|${p.shirtColour}|${p.skinTone}|${p.hairColour}`);
    expect(new Set(looks).size).toBe(DEMO_PATIENTS.length);
    expect(new Set(DEMO_PATIENTS.map((p) => p.height)).size).toBe(DEMO_PATIENTS.length);
  });
});

describe('where patients stand', () => {
  it('puts people at their window, facing the counter', () => {
    const spots = patientSpots([patient('a', 'dropoff'), patient('b', 'pickup')]);
    expect(spots.get('a')!.x).toBe(COUNTER.dropOffX);
    expect(spots.get('b')!.x).toBe(COUNTER.pickUpX);
    expect(spots.get('a')!.z).toBeGreaterThan(COUNTER.z + COUNTER.depth / 2);
    expect(spots.get('a')!.facing).toBeCloseTo(Math.PI);
  });

  it('lines the queue up in model order, first in line nearest the counter', () => {
    const spots = patientSpots([patient('x', 'gone'), patient('a', 'queue'), patient('b', 'queue'), patient('c', 'queue')]);
    expect(spots.has('x')).toBe(false);
    const z = ['a', 'b', 'c'].map((id) => spots.get(id)!.z);
    expect(z[0]).toBeCloseTo(WAITING.queueZ);
    expect(z[1]!).toBeGreaterThan(z[0]!);
    expect(z[2]!).toBeGreaterThan(z[1]!);
  });

  it('never puts two people on the same spot', () => {
    const spots = [
      ...patientSpots([patient('a', 'dropoff'), patient('b', 'dropoff'), patient('c', 'queue'), patient('d', 'queue')]).values(),
    ];
    const keys = spots.map((s) => `${s.x.toFixed(2)},${s.z.toFixed(2)}`);
    expect(new Set(keys).size).toBe(spots.length);
  });
});

describe('a long queue', () => {
  it('fills the roped lane, then sits people on the chairs, never past the front wall', async () => {
    const { LANE_PLACES } = await import('../../../src/scene/patientSpots');
    const { ROOM } = await import('../../../src/scene/sceneLayout');
    const queue = Array.from({ length: 14 }, (_, i) => patient(`q${i}`, 'queue'));
    const spots = queue.map((p) => patientSpots(queue).get(p.id)!);
    expect(spots.slice(0, LANE_PLACES).every((s) => !s.seated && Math.abs(s.x - WAITING.queueX) < 0.2)).toBe(true);
    expect(spots.slice(LANE_PLACES, LANE_PLACES + WAITING.chairsX.length).every((s) => s.seated)).toBe(true);
    expect(spots.every((s) => s.z < ROOM.front - 0.3)).toBe(true);
  });
});
