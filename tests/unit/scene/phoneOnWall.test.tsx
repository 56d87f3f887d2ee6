import { afterEach, describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { Object3D } from 'three';
import { PhoneOnWall } from '../../../src/scene/PhoneOnWall';
import { PharmacyScene } from '../../../src/scene/PharmacyScene';
import { DEMO_MODEL } from './demoModel';

afterEach(() => vi.useRealTimers());

const lampShown = (root: Object3D): boolean[] => (root.getObjectByName('phone-ringing')?.children ?? []).map((c) => c.visible);

describe('the ringing phone', () => {
  it('draws a lamp and halo only while a call waits', async () => {
    const quiet = await ReactThreeTestRenderer.create(
      <PharmacyScene model={DEMO_MODEL} events={{ onStation: vi.fn(), onPickProduct: vi.fn() }} />,
    );
    expect(quiet.scene.instance.getObjectByName('phone-ringing')).toBeUndefined();
    const ringing = await ReactThreeTestRenderer.create(
      <PharmacyScene model={{ ...DEMO_MODEL, phoneRinging: true }} events={{ onStation: vi.fn(), onPickProduct: vi.fn() }} />,
    );
    expect(lampShown(ringing.scene.instance)).toEqual([true, true]);
  });

  it('blinks when motion is allowed, and stays lit under reduced motion', async () => {
    vi.useFakeTimers();
    const moving = await ReactThreeTestRenderer.create(<PhoneOnWall ringing reducedMotion={false} />);
    await ReactThreeTestRenderer.act(async () => void vi.advanceTimersByTime(700));
    expect(lampShown(moving.scene.instance)).toEqual([false, false]);
    const still = await ReactThreeTestRenderer.create(<PhoneOnWall ringing reducedMotion />);
    await ReactThreeTestRenderer.act(async () => void vi.advanceTimersByTime(2100));
    expect(lampShown(still.scene.instance)).toEqual([true, true]);
  });
});
