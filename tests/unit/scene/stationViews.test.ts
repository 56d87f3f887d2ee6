import { describe, expect, it } from 'vitest';
import { STATION_VIEWS, viewPosition } from '../../../src/scene/stationViews';
import { STATION_HOTSPOTS } from '../../../src/scene/StationHotspots';
import { STATION_IDS } from '../../../src/core';

describe('station views', () => {
  it('has a camera pose and a human label for every station', () => {
    for (const id of STATION_IDS) {
      const view = STATION_VIEWS[id];
      expect(view, id).toBeDefined();
      expect([...view.position, ...view.target].every(Number.isFinite), id).toBe(true);
      expect(view.position, `${id} looks at something other than itself`).not.toEqual(view.target);
    }
    expect(Object.keys(STATION_VIEWS).sort()).toEqual([...STATION_IDS].sort());
  });

  it('gives every station its own camera pose', () => {
    const poses = STATION_IDS.map((id) => STATION_VIEWS[id].position.join(','));
    expect(new Set(poses).size).toBe(poses.length);
  });

  it('keeps every camera inside the room at a standing eye height', () => {
    for (const id of STATION_IDS) {
      const [x, y, z] = STATION_VIEWS[id].position;
      expect(Math.abs(x), id).toBeLessThan(7);
      expect(z, id).toBeGreaterThan(-6.2);
      expect(z, id).toBeLessThan(6.4);
      expect(y, id).toBeGreaterThan(1.2);
      expect(y, id).toBeLessThan(3.4);
    }
  });

  it('has a clickable area for every station', () => {
    for (const id of STATION_IDS)
      expect(
        STATION_HOTSPOTS[id].size.every((s) => s > 0),
        id,
      ).toBe(true);
  });
});

describe('fitting a view to the screen', () => {
  const shelves = STATION_VIEWS.shelves;

  it('keeps the designed position on a wide screen', () => {
    expect(viewPosition(shelves, 16 / 9, 50)).toEqual([...shelves.position]);
  });

  it('backs the camera off along its line of sight on a narrow screen until the frame width fits', () => {
    const [x, y, z] = viewPosition(shelves, 0.8, 50);
    const [tx, ty, tz] = shelves.target;
    const distance = Math.hypot(x - tx, y - ty, z - tz);
    expect(2 * distance * Math.tan((25 * Math.PI) / 180) * 0.8).toBeCloseTo(shelves.frameWidth!, 5);
    expect(z).toBeGreaterThan(shelves.position[2]);
    expect(x).toBeCloseTo(shelves.position[0], 5);
  });

  it('leaves views without a frame width alone', () => {
    expect(viewPosition(STATION_VIEWS.dropoff, 0.5, 50)).toEqual([...STATION_VIEWS.dropoff.position]);
  });
});
