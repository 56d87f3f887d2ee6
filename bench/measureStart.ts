import type { Page } from 'playwright-core';
import { startButton } from './hooks';
import type { ProbeState } from './pageProbe';
import { na, why, type Maybe } from './types';

/** How long to wait for the Start button when no earlier repeat has shown there is none. */
export const MENU_TIMEOUT = 15_000;
const FRAME_TIMEOUT = 60_000;

const probe = (page: Page) => page.evaluate(() => window.__bench ?? null) as Promise<ProbeState | null>;

/** Milliseconds from navigation until a button named "Start…" is enabled and visible; n/a when none appears. */
export async function waitForMenu(page: Page, timeout = MENU_TIMEOUT): Promise<Maybe<number>> {
  try {
    await page.waitForFunction(() => window.__bench?.menuAt != null, undefined, { timeout, polling: 100 });
  } catch {
    return na(`no enabled, visible button named "Start…" within ${timeout / 1000} s`);
  }
  const state = await probe(page);
  return state?.menuAt ?? na('the page probe is missing');
}

/** Clicks Start and returns milliseconds from the click to the first WebGL frame on screen. */
export async function startAndTimeFirstFrame(page: Page, isGame: boolean): Promise<Maybe<number>> {
  await startButton(page).click({ timeout: 10_000 });
  try {
    await page.waitForFunction(
      (game) => {
        const b = window.__bench;
        if (!b || b.clickAt === null) return false;
        if (game && b.markerAt !== null && !b.markerBeforeClick) return true;
        return (!game || b.markerBeforeClick) && b.glFirstDrawAfterClick !== null;
      },
      isGame,
      { timeout: FRAME_TIMEOUT, polling: 50 },
    );
  } catch (e) {
    return na(`no WebGL frame within ${FRAME_TIMEOUT / 1000} s of clicking Start (${why(e)})`);
  }
  const b = (await probe(page))!;
  // The marker is set in the animation frame after the draw, so the frame has reached the screen.
  if (isGame && b.markerAt !== null && !b.markerBeforeClick) return b.markerAt - b.clickAt!;
  return b.glFirstDrawAfterClick! - b.clickAt!;
}

/** Why the first-frame figure is n/a on a page without a Start button, with what was seen instead. */
export async function firstFrameWithoutStart(page: Page): Promise<Maybe<number>> {
  const b = await probe(page);
  const seen = b?.markerAt ?? b?.glFirstDrawAt ?? null;
  return na(
    seen === null
      ? 'no Start button, and no WebGL frame'
      : `no Start button; first WebGL frame came ${Math.round(seen)} ms after navigation`,
  );
}
