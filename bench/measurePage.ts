import { openSession } from './browser';
import { ByteLog } from './measureBytes';
import { drawnFrames, emptyCanvasFrames } from './measureFrames';
import { idleFrames, waitForStill } from './measureIdle';
import { firstFrameWithoutStart, startAndTimeFirstFrame, waitForMenu } from './measureStart';
import { stationFigures, travelTour } from './measureStations';
import { spread } from './stats';
import { attempt, isNa, na, why, type RepeatResult } from './types';

/** A page to measure: the game (served build) or a --peer URL. */
export interface Target {
  name: string;
  url: string;
  isGame: boolean;
}

/** The URL with `debug` added to its query, which turns on window.__techshift. */
export function withDebug(url: string): string {
  const u = new URL(url);
  if (u.searchParams.has('debug')) return u.href;
  return `${u.origin}${u.pathname}${u.search ? `${u.search}&` : '?'}debug${u.hash}`;
}

/** Measures one target once, in a fresh browser: bytes, start, frame cost, idle, and (the game only) station views. */
export async function measureOnce(target: Target, menuTimeout?: number): Promise<RepeatResult> {
  const notReached = na('not reached');
  const r: RepeatResult = {
    bytesToMenu: notReached,
    bytesAfterStart: notReached,
    menuMs: notReached,
    firstFrameMs: notReached,
    travel: notReached,
    firstVisit: target.isGame ? notReached : na('peer pages have no station contract'),
    emptyCanvas: notReached,
    idleFrames: notReached,
    stations: target.isGame ? notReached : na('peer pages have no station contract'),
    errors: [],
    notes: [],
    seconds: {},
  };
  let lap = Date.now();
  const step = (name: string) => {
    r.seconds[name] = (Date.now() - lap) / 1000;
    lap = Date.now();
  };
  const s = await openSession();
  const { page } = s;
  try {
    const origin = new URL(target.url).origin;
    const bytes = new ByteLog(page, origin);
    await page.goto(target.isGame ? withDebug(target.url) : target.url, { waitUntil: 'load', timeout: 60_000 });

    r.menuMs = await waitForMenu(page, menuTimeout);
    const hasMenu = !isNa(r.menuMs);
    if (!hasMenu) await bytes.settle(0);
    const first = bytes.endPhase();
    await bytes.settle(first);
    r.bytesToMenu = bytes.snapshot(first, hasMenu ? 'Start button usable' : 'load event + network quiet (no Start button)');

    if (hasMenu) {
      r.firstFrameMs = await attempt('Start', () => startAndTimeFirstFrame(page, target.isGame));
      const second = bytes.endPhase();
      await bytes.settle(second);
      r.bytesAfterStart = bytes.snapshot(second, 'first frame after Start + network quiet');
    } else {
      r.firstFrameMs = await firstFrameWithoutStart(page);
      r.bytesAfterStart = na('no Start button');
    }
    step('load and start');

    if (target.isGame) {
      try {
        await page.waitForSelector('.scene-host[data-first-frame="done"]', { timeout: 60_000 });
        if (!hasMenu) r.notes.push('no Start button: measured the scene shown at load');
        // Station views first, so the travel figure below is for a warm scene; the first visits are kept apart.
        const pass = await stationFigures(page);
        r.stations = pass.stations;
        r.firstVisit =
          pass.firstVisitDeltas.length > 0
            ? spread(pass.firstVisitDeltas)
            : isNa(pass.stations)
              ? pass.stations
              : na('no frames while travelling');
        step('station views');
        const travel = await attempt('travel', async () => spread(await travelTour(page)));
        r.travel = isNa(travel) || travel.n > 0 ? travel : na('no frames while travelling');
      } catch (e) {
        r.stations = na(why(e));
        r.travel = na(why(e));
        r.firstVisit = na(why(e));
      }
    } else {
      r.travel = spread(await drawnFrames(page, 4000, ['1', '2', '3', '4']));
      await waitForStill(page);
    }
    step('travel');

    r.idleFrames = await attempt('idle', async () => {
      const idle = await idleFrames(page, 5);
      r.notes.push(`idle counted by ${idle.method} (WebGL draw frames: ${idle.glFrames})`);
      return idle.frames;
    });
    step('idle');
    r.emptyCanvas = await attempt('empty canvas', async () => spread(await emptyCanvasFrames(page, origin)));
    step('empty canvas');
  } catch (e) {
    r.notes.push(`stopped early: ${why(e)}`);
  } finally {
    r.errors = s.errors.slice(0, 20);
    await s.close();
  }
  return r;
}
