import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canvasOnlyScreenshot, pixelStats, useGame, waitForFirstFrame } from './harness/game';
import { STATION_IDS, type StationId } from '../../src/core';

/** Most draw calls any station view may cost on a lab's integrated GPU. */
const DRAW_CALL_BUDGET = 80;
/** A smaller window keeps software rendering quick; draw calls do not depend on its size. */
const VIEWPORT = { width: 960, height: 540 };

const framesDrawn = (page: Page) => page.evaluate(() => window.__techshift?.frames ?? Number.NaN);

/** Lets the page run `count` animation frames: time passes on the page's own clock, not a sleep. */
const animationFrames = (page: Page, count: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );

/** Opens the game with the debug probe, starts the first patient from the menu and waits for the pharmacy. */
async function openPharmacy(game: ReturnType<typeof useGame>): Promise<Page> {
  const page = await game.open('?debug');
  await page
    .getByRole('button', { name: /^Start\b/ })
    .first()
    .click({ timeout: 30_000 });
  await waitForFirstFrame(page);
  return page;
}

/** Presses the station's number key and waits until the camera has arrived and that frame is on screen. */
async function walkTo(page: Page, id: StationId): Promise<number> {
  const before = await framesDrawn(page);
  await page.keyboard.press(String(STATION_IDS.indexOf(id) + 1));
  await page.waitForSelector(`.scene-host[data-station="${id}"][data-station-arrived="true"]`, { timeout: 30_000 });
  return (await framesDrawn(page)) - before;
}

/** Asserts that nothing is drawn over the next 60 animation frames (about a second). */
async function expectIdle(page: Page, id: StationId): Promise<void> {
  const arrivedAt = await framesDrawn(page);
  await animationFrames(page, 60);
  expect(await framesDrawn(page), `${id}: an idle scene renders no frames`).toBe(arrivedAt);
}

describe('every station in real Chromium (reduced motion, so each visit is a cut)', () => {
  const game = useGame({ viewport: VIEWPORT, reducedMotion: true });

  it('draws each station within the draw-call budget, not blank, then nothing while idle', async () => {
    const page = await openPharmacy(game);
    // Start from the station after the current one, so every visit is a real arrival (the current one comes last).
    const current = await page.evaluate(() => document.querySelector('.scene-host')?.getAttribute('data-station'));
    const from = STATION_IDS.indexOf(current as StationId) + 1;
    for (const id of [...STATION_IDS.slice(from), ...STATION_IDS.slice(0, from)]) {
      const frames = await walkTo(page, id);
      expect(frames, `${id}: a cut takes a frame or two, not a trip`).toBeLessThanOrEqual(3);
      await expectIdle(page, id);

      const { drawCalls } = await page.evaluate(() => window.__techshift!);
      expect(drawCalls, `${id}: draw calls`).toBeGreaterThan(0);
      expect(drawCalls, `${id}: draw calls`).toBeLessThanOrEqual(DRAW_CALL_BUDGET);

      const stats = pixelStats(await canvasOnlyScreenshot(page));
      expect(stats.variance, `${id}: the view is not blank`).toBeGreaterThan(50);
    }
  });
});

describe('walking between stations in real Chromium', () => {
  const game = useGame({ viewport: VIEWPORT });

  it('travels over several frames, arrives, then stops drawing', async () => {
    const page = await openPharmacy(game);
    const current = await page.evaluate(() => document.querySelector('.scene-host')?.getAttribute('data-station'));
    for (const id of (['shelves', 'pickup', 'phone'] as const).filter((s) => s !== current).slice(0, 2)) {
      expect(await walkTo(page, id), `${id}: an eased trip takes several frames`).toBeGreaterThan(3);
      await expectIdle(page, id);
    }
  });
});
