import { describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useThree } from '@react-three/fiber';
import { Vector3, type Camera } from 'three';
import { CameraRig, TRAVEL_SECONDS } from '../../../src/scene/CameraRig';
import { STATION_VIEWS } from '../../../src/scene/stationViews';
import type { StationId } from '../../../src/core';

const at = (id: StationId) => new Vector3(...STATION_VIEWS[id].position);

/** Hands the root's camera (the one the rig drives) to the test. */
function CameraOut({ into }: { into: { camera?: Camera } }) {
  into.camera = useThree((s) => s.camera);
  return null;
}

async function renderRig(station: StationId, reducedMotion: boolean) {
  const box: { camera?: Camera } = {};
  const scene = (s: StationId, r: boolean) => (
    <>
      <CameraRig station={s} reducedMotion={r} />
      <CameraOut into={box} />
    </>
  );
  const renderer = await ReactThreeTestRenderer.create(scene(station, reducedMotion));
  return { renderer, camera: box.camera!, goTo: (s: StationId, r = reducedMotion) => renderer.update(scene(s, r)) };
}

describe('the camera rig', () => {
  it('starts at the current station without travelling', async () => {
    const { camera } = await renderRig('shelves', false);
    expect(camera.position.distanceTo(at('shelves'))).toBeLessThan(1e-6);
  });

  it('cuts to the new station at once under reduced motion', async () => {
    const { camera, goTo } = await renderRig('dropoff', true);
    await goTo('shelves');
    expect(camera.position.distanceTo(at('shelves'))).toBeLessThan(1e-6);
  });

  it('travels smoothly otherwise, arriving after about TRAVEL_SECONDS', async () => {
    const { renderer, camera, goTo } = await renderRig('dropoff', false);
    await goTo('shelves');
    expect(camera.position.distanceTo(at('dropoff')), 'no jump before the first frame').toBeLessThan(1e-6);

    const step = 0.05;
    await renderer.advanceFrames(1, step); // the first frame after idle counts as 1/60 s
    await renderer.advanceFrames(Math.floor(TRAVEL_SECONDS / step / 2), step);
    const total = at('dropoff').distanceTo(at('shelves'));
    const travelled = camera.position.distanceTo(at('dropoff'));
    expect(travelled).toBeGreaterThan(0.1 * total);
    expect(travelled).toBeLessThan(0.9 * total);

    await renderer.advanceFrames(Math.ceil(TRAVEL_SECONDS / step) + 2, step);
    expect(camera.position.distanceTo(at('shelves'))).toBeLessThan(1e-6);
  });

  it('does not let one huge frame after an idle spell swallow the trip', async () => {
    const { renderer, camera, goTo } = await renderRig('dropoff', false);
    await goTo('pickup');
    await renderer.advanceFrames(1, 30);
    expect(camera.position.distanceTo(at('pickup'))).toBeGreaterThan(0.5);
  });

  it('does not start a trip when only the motion preference changes', async () => {
    const { renderer, camera, goTo } = await renderRig('verify', false);
    await goTo('verify', true);
    await goTo('verify', false);
    await renderer.advanceFrames(3, 0.1);
    expect(camera.position.distanceTo(at('verify'))).toBeLessThan(1e-6);
  });
});
