import type { Page } from 'playwright-core';
import { readDebug } from './hooks';

/** Frames rendered while nothing moves, and how they were counted. */
export interface IdleCount {
  frames: number;
  /** 'window.__techshift.frames' (the game's own counter) or 'WebGL draw frames' (the probe's, any page). */
  method: string;
  /** The probe's count over the same window, as a cross-check. */
  glFrames: number;
}

/** Counts frames rendered over `seconds` of stillness; waiting a fixed time is the measurement here. */
export async function idleFrames(page: Page, seconds = 5): Promise<IdleCount> {
  const gl = () => page.evaluate(() => window.__bench?.glFrames ?? 0);
  const before = await readDebug(page);
  const glBefore = await gl();
  await page.waitForTimeout(seconds * 1000);
  const after = await readDebug(page);
  const glAfter = await gl();
  const glFrames = glAfter - glBefore;
  if (before && after) return { frames: after.frames - before.frames, method: 'window.__techshift.frames', glFrames };
  return { frames: glFrames, method: 'WebGL draw frames', glFrames };
}

/** Waits until WebGL has drawn nothing for `quietMs` (at most `maxMs`; a page that never stops drawing just waits the maximum). */
export async function waitForStill(page: Page, quietMs = 1000, maxMs = 5000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = await page.evaluate(() => window.__bench?.glFrames ?? 0);
  let since = Date.now();
  while (Date.now() < deadline && Date.now() - since < quietMs) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => window.__bench?.glFrames ?? 0);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}
