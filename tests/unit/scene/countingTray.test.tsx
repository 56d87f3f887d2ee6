import { describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { InstancedMesh } from 'three';
import { CountingTray, MAX_TRAY_PILLS } from '../../../src/scene/CountingTray';

async function pillsFor(count: number) {
  const renderer = await ReactThreeTestRenderer.create(<CountingTray count={count} />);
  return renderer.scene.instance.getObjectByName('tray-pills') as InstancedMesh;
}

describe('the counting tray', () => {
  it('shows exactly the number of pills on the tray', async () => {
    expect((await pillsFor(30)).count).toBe(30);
    expect((await pillsFor(7)).count).toBe(7);
  });

  it('caps the pills it draws, and hides them when the tray is empty', async () => {
    expect((await pillsFor(500)).count).toBe(MAX_TRAY_PILLS);
    const empty = await pillsFor(0);
    expect(empty.count).toBe(0);
    expect(empty.visible).toBe(false);
  });

  it('updates the count without rebuilding the pills', async () => {
    const renderer = await ReactThreeTestRenderer.create(<CountingTray count={10} />);
    const before = renderer.scene.instance.getObjectByName('tray-pills') as InstancedMesh;
    await renderer.update(<CountingTray count={60} />);
    const after = renderer.scene.instance.getObjectByName('tray-pills') as InstancedMesh;
    expect(after).toBe(before);
    expect(after.count).toBe(60);
  });
});
