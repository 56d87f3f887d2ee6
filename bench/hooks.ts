import type { Locator, Page } from 'playwright-core';
import type { StationFigures } from './types';

/**
 * The game's contract, as the bench and the budget test rely on it. Nothing here knows the game's
 * source: only the DOM, the keys, and `window.__techshift` (present with `?debug`).
 */

/** Station ids in number-key order: key "1" is STATIONS[0]. */
export const STATIONS = ['dropoff', 'entry', 'shelves', 'counting', 'label', 'verify', 'pickup', 'phone', 'waiting'] as const;

/** The number key that walks to a station. */
export function stationKey(id: string): string {
  return String(STATIONS.indexOf(id as (typeof STATIONS)[number]) + 1);
}

/** The menu's primary button: its accessible name starts with "Start" ("Start shift", "Start patient"). */
export function startButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Start\b/ }).first();
}

/** Where the camera is, read from `.scene-host`; `arrived` is false while it travels. */
export interface CameraPlace {
  station: string | null;
  arrived: boolean;
}

/**
 * Reads `.scene-host`'s station attributes in the page. Contract: data-station="<id>" and
 * data-station-arrived="true"|"false". Also understood, until the scene adopts the contract: the
 * earlier form where data-station-arrived holds the station id and is absent while travelling.
 */
export function readCameraPlace(): CameraPlace | null {
  const host = document.querySelector('.scene-host');
  if (!host) return null;
  const arrived = host.getAttribute('data-station-arrived');
  const station = host.getAttribute('data-station');
  if (arrived === 'true' || arrived === 'false') return { station, arrived: arrived === 'true' };
  if (arrived) return { station: arrived, arrived: true };
  return { station, arrived: false };
}

/** Resolves once the camera has arrived at the station (its arrival frame is on screen); throws on timeout. */
export async function waitForStation(page: Page, id: string, timeout = 20_000): Promise<void> {
  try {
    // A selector, not a polled function: the page's Content Security Policy refuses the `new Function`
    // a polled predicate would need. Both forms readCameraPlace understands.
    const arrived = `.scene-host[data-station-arrived="true"][data-station="${id}"], .scene-host[data-station-arrived="${id}"]`;
    await page.waitForSelector(arrived, { state: 'attached', timeout });
  } catch {
    const seen = await page.evaluate(
      (read) => ({
        place: (new Function(`return (${read})()`) as () => CameraPlace | null)(),
        focus: document.activeElement ? document.activeElement.tagName.toLowerCase() : 'none',
      }),
      readCameraPlace.toString(),
    );
    throw new Error(
      `camera never arrived at "${id}" within ${timeout / 1000} s (scene-host says ${JSON.stringify(seen.place)}, focus on <${seen.focus}>)`,
    );
  }
}

/** The renderer figures the debug probe last copied, or null when `window.__techshift` is absent. */
export async function readDebug(page: Page): Promise<(StationFigures & { frames: number }) | null> {
  return page.evaluate(() => {
    const d = (window as unknown as { __techshift?: StationFigures & { frames: number } }).__techshift;
    if (!d) return null;
    return {
      frames: d.frames,
      drawCalls: d.drawCalls,
      triangles: d.triangles,
      geometries: d.geometries,
      textures: d.textures,
      programs: d.programs,
    };
  });
}

/** Resolves after the page has run `count` requestAnimationFrame callbacks (a condition, not a sleep). */
export async function animationFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let seen = 0;
        const tick = () => (++seen >= n ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}
