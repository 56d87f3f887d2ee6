import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { readCameraPlace, waitForStation } from './hooks';

interface Recorder {
  deltas: number[];
  stop: boolean;
}

/** Which frames count: those begun while the camera travelled, or those in which WebGL drew anything. */
type Mode = 'travel' | 'drawn';

/**
 * Starts an in-page requestAnimationFrame loop that keeps the time between consecutive frames,
 * counting a delta only when the frame it measures matches the mode.
 */
async function startRecorder(page: Page, mode: Mode): Promise<void> {
  await page.evaluate(
    ([read, how]) => {
      const place = new Function(`return (${read})`)() as () => { arrived: boolean } | null;
      const drawn = () => window.__bench?.glFrames ?? 0;
      const rec: Recorder = { deltas: [], stop: false };
      (window as unknown as { __benchRec: Recorder }).__benchRec = rec;
      let last: number | null = null;
      let travelling = false;
      let draws = drawn();
      const tick = (t: number) => {
        if (rec.stop) return;
        const counts = how === 'travel' ? travelling : drawn() > draws;
        if (last !== null && counts) rec.deltas.push(t - last);
        last = t;
        travelling = !(place()?.arrived ?? true);
        draws = drawn();
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    [readCameraPlace.toString(), mode] as const,
  );
}

async function stopRecorder(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const rec = (window as unknown as { __benchRec?: Recorder }).__benchRec;
    if (!rec) return [];
    rec.stop = true;
    return rec.deltas;
  });
}

/** Presses a station's key and returns the frame times (ms) while the camera travelled there. */
export async function travelFrames(page: Page, key: string, station: string): Promise<number[]> {
  await startRecorder(page, 'travel');
  let deltas: number[] = [];
  try {
    await page.keyboard.press(key);
    await waitForStation(page, station);
  } finally {
    deltas = await stopRecorder(page);
  }
  return deltas;
}

/** Times (ms) of the frames in which WebGL drew, over a fixed window, pressing the given keys at even intervals (pages without stations). */
export async function drawnFrames(page: Page, ms: number, keys: readonly string[] = []): Promise<number[]> {
  await startRecorder(page, 'drawn');
  const step = ms / (keys.length + 1);
  for (const key of keys) {
    await page.waitForTimeout(step);
    await page.keyboard.press(key);
  }
  await page.waitForTimeout(step);
  return stopRecorder(page);
}

const EMPTY_CANVAS = readFileSync(resolve(import.meta.dirname, 'empty-canvas.html'), 'utf8');

/** Opens bench/empty-canvas.html on the target's origin (served by route, so no server needs it) and records its frame times. */
export async function emptyCanvasFrames(page: Page, origin: string, ms = 2000): Promise<number[]> {
  const url = new URL('/__bench/empty-canvas.html', origin).href;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: EMPTY_CANVAS }));
  await page.goto(url);
  await page.waitForFunction(() => (window.__bench?.glFrames ?? 0) >= 10, undefined, { timeout: 20_000 });
  return drawnFrames(page, ms);
}
