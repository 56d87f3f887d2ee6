import { afterEach, describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { BufferGeometry, Texture, type InstancedMesh, type Material, type Mesh, type Object3D } from 'three';
import { PharmacyScene } from '../../../src/scene/PharmacyScene';
import { DEMO_MODEL } from './demoModel';
import { type SceneEvents, type SceneModel } from '../../../src/scene/sceneContract';
import { STATION_IDS } from '../../../src/core';

afterEach(() => vi.restoreAllMocks());

const noEvents = (): SceneEvents => ({ onStation: vi.fn(), onPickProduct: vi.fn() });

async function renderScene(model: SceneModel = DEMO_MODEL, events: SceneEvents = noEvents()) {
  const renderer = await ReactThreeTestRenderer.create(<PharmacyScene model={model} events={events} />);
  return { renderer, root: renderer.scene.instance };
}

function isShown(o: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (!p.visible) return false;
  return true;
}

/** What WebGL would draw with no frustum culling: one call per shown mesh (each has one material). */
function drawnMeshes(root: Object3D): Mesh[] {
  const out: Mesh[] = [];
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh || !isShown(mesh)) return;
    if ((mesh as InstancedMesh).isInstancedMesh && (mesh as InstancedMesh).count === 0) return;
    out.push(mesh);
  });
  return out;
}

describe('the pharmacy scene', () => {
  it('stays far inside the 80-draw-call budget even with nothing culled', async () => {
    const { root } = await renderScene();
    const meshes = drawnMeshes(root);
    expect(
      meshes.every((m) => !Array.isArray(m.material)),
      'one material per mesh, so one call per mesh',
    ).toBe(true);
    expect(meshes.length).toBeLessThanOrEqual(50);
  });

  it('drops the decoration at low quality', async () => {
    const high = drawnMeshes((await renderScene()).root).length;
    const { root } = await renderScene({ ...DEMO_MODEL, quality: 'low' });
    expect(root.getObjectByName('decoration')).toBeUndefined();
    expect(drawnMeshes(root).length).toBeLessThan(high);
  });

  it('has the stations, the pharmacist and everyone who is here', async () => {
    const { root } = await renderScene();
    for (const name of [
      'front-counter',
      'work-bench',
      'counting-tray',
      'verification-bench',
      'pharmacist',
      'shelf-of-stock',
      'phone',
      'waiting-area',
      'signage',
    ]) {
      expect(root.getObjectByName(name), name).toBeDefined();
    }
    for (const p of DEMO_MODEL.patients) expect(root.getObjectByName(`patient:${p.id}`), p.id).toBeDefined();
  });

  it('shows the basket on the bench only while the pharmacist is checking', async () => {
    expect((await renderScene({ ...DEMO_MODEL, pharmacistChecking: true })).root.getObjectByName('verification-basket')).toBeDefined();
    expect((await renderScene({ ...DEMO_MODEL, pharmacistChecking: false })).root.getObjectByName('verification-basket')).toBeUndefined();
  });

  it('reports a click on another station, and offers no hotspot for the current one', async () => {
    const events = noEvents();
    const { renderer } = await renderScene({ ...DEMO_MODEL, station: 'dropoff' }, events);
    const hotspots = renderer.scene.findAll((n) => (n.instance.name ?? '').startsWith('hotspot:'));
    expect(hotspots.map((h) => h.instance.name).sort()).toEqual(
      STATION_IDS.filter((id) => id !== 'dropoff')
        .map((id) => `hotspot:${id}`)
        .sort(),
    );
    expect(
      hotspots.every((h) => !h.instance.visible),
      'hotspots cost no draw call',
    ).toBe(true);
    await renderer.fireEvent(
      hotspots.find((h) => h.instance.name === 'hotspot:phone')!,
      'click',
    );
    expect(events.onStation).toHaveBeenCalledWith('phone');
  });

  it('keeps its textures when the store hands over equal arrays again', async () => {
    const { renderer, root } = await renderScene();
    const labels = () => (root.getObjectByName('stock-labels') as Mesh).material as Material & { map: Texture };
    const atlas = labels().map;
    const copy: SceneModel = {
      ...DEMO_MODEL,
      shelf: DEMO_MODEL.shelf.map((b) => ({ ...b })),
      patients: DEMO_MODEL.patients.map((p) => ({ ...p })),
    };
    await renderer.update(<PharmacyScene model={copy} events={noEvents()} />);
    expect(labels().map).toBe(atlas);
    const renamed = { ...copy, shelf: copy.shelf.map((b, i) => (i === 0 ? { ...b, strength: '100 mcg/actuation' } : b)) };
    await renderer.update(<PharmacyScene model={renamed} events={noEvents()} />);
    expect(labels().map, 'a changed label repaints the atlas').not.toBe(atlas);
  });

  it('renders an empty pharmacy (no stock, nobody waiting) without failing', async () => {
    const { root } = await renderScene({ ...DEMO_MODEL, shelf: [], patients: [], trayCount: 0 });
    expect(root.getObjectByName('shelf-of-stock')).toBeUndefined();
    expect(root.getObjectByName('shelf-cabinet')).toBeDefined();
  });

  it('frees every geometry and texture it made when it unmounts', async () => {
    const geometryDispose = vi.spyOn(BufferGeometry.prototype, 'dispose');
    const textureDispose = vi.spyOn(Texture.prototype, 'dispose');
    const { renderer, root } = await renderScene();
    const geometries = new Set<BufferGeometry>();
    const textures = new Set<Texture>();
    root.traverse((o) => {
      const mesh = o as Mesh;
      if (!mesh.isMesh) return;
      geometries.add(mesh.geometry);
      const map = (mesh.material as Material & { map?: Texture | null }).map;
      if (map) textures.add(map);
    });
    expect(textures.size).toBeGreaterThanOrEqual(5);
    await renderer.unmount();
    const disposedGeometries = new Set(geometryDispose.mock.contexts);
    const disposedTextures = new Set(textureDispose.mock.contexts);
    expect([...geometries].filter((g) => !disposedGeometries.has(g)).map((g) => g.type)).toEqual([]);
    expect([...textures].filter((t) => !disposedTextures.has(t)).map((t) => t.name)).toEqual([]);
  });
});
