import type { JSHandle, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/core/scoring/score';
import en from '../../src/ui/i18n/locales/en.json';
import { RESTORE_WAIT_MS } from '../../src/ui/plan/viewMode';
import { canvasOnlyScreenshot, pixelStats, useGame } from './harness/game';
import {
  expectedHint,
  expertMoves,
  hintText,
  loadScenario,
  mouseStudent,
  pharmacyPlan,
  playAll,
  readReport,
  stateAfter,
  waitForPlay,
} from './harness/play';

const FILL = 'scenarios/encounters/fill-lisinopril-refill-day.json';

interface LoseContext {
  loseContext(): void;
  restoreContext(): void;
}

/** Takes the game canvas's WebGL context away, as a driver reset does; the handle can give it back. */
async function loseTheContext(page: Page): Promise<JSHandle<LoseContext>> {
  const ext = await page.evaluateHandle(() => {
    const gl = document.querySelector('canvas')?.getContext('webgl2');
    const lose = gl?.getExtension('WEBGL_lose_context');
    if (!lose) throw new Error('no WEBGL_lose_context on the game canvas');
    return lose as LoseContext;
  });
  await ext.evaluate((e) => e.loseContext());
  return ext;
}

const statusWith = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** Whether the view's notice takes up no room, so it cannot lie over the canvas and swallow its clicks. */
const noticeTakesNoRoom = async (page: Page) => (await page.locator('.pharmacy-view .view-status').boundingBox()) === null;

describe('a lost WebGL context mid-encounter', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });
  const scenario = loadScenario(FILL);
  const moves = expertMoves(scenario);
  const split = moves.findIndex((m) => m.type === 'enterPrescription') + 1;
  const fullMarks = `${report(stateAfter(scenario, moves)).score} out of 100`;

  it('pauses the 3D view calmly, keeps the panels working, and on restore draws again at the same step with the same score', async () => {
    const page = await game.open(`?scenario=${FILL}`);
    await waitForPlay(page);
    const student = mouseStudent(page);
    const done = await playAll(student, scenario, moves.slice(0, split));
    const step = await hintText(page);
    expect(step).toBe(expectedHint(scenario, done));

    expect(await noticeTakesNoRoom(page)).toBe(true);
    const ext = await loseTheContext(page);
    await statusWith(page, en.plan.paused).waitFor();
    expect(await page.locator('[data-first-frame]').count(), 'nothing drawn while the context is gone').toBe(0);
    // The panels stay usable: the same step, and the stations still walk.
    expect(await hintText(page)).toBe(step);
    await student.walk('shelves');
    await student.walk('dropoff');

    await ext.evaluate((e) => e.restoreContext());
    await page.waitForSelector('[data-first-frame="done"]', { timeout: 60_000 });
    await expect.poll(() => statusWith(page, en.plan.paused).count(), { message: 'the notice goes once the view is back' }).toBe(0);
    const stats = pixelStats(await canvasOnlyScreenshot(page));
    expect(stats.variance, 'the remounted scene draws the pharmacy again').toBeGreaterThan(50);
    expect(stats.distinctColours).toBeGreaterThan(20);
    expect(await noticeTakesNoRoom(page), 'nothing is left over the 3D view').toBe(true);
    expect(await hintText(page)).toBe(step);

    await playAll(student, scenario, moves.slice(split), done);
    expect((await readReport(page)).score).toBe(fullMarks);
    expect(await page.locator('canvas').count(), 'still in 3D: the restore cancelled the switch to the plan').toBe(1);
    expect(await pharmacyPlan(page).count()).toBe(0);
  });

  it('switches to the 2D plan for the rest of the session when the context does not come back, and play goes on to the report', async () => {
    const page = await game.open(`?scenario=${FILL}`);
    await waitForPlay(page);
    const student = mouseStudent(page);
    const done = await playAll(student, scenario, moves.slice(0, split));
    const step = await hintText(page);
    const heading = await page.locator('#station-heading').textContent();

    await loseTheContext(page);
    const lostAt = Date.now();
    await statusWith(page, en.plan.paused).waitFor();
    await pharmacyPlan(page).waitFor({ timeout: RESTORE_WAIT_MS + 30_000 });
    expect(Date.now() - lostAt, 'the browser is given its chance to restore first').toBeGreaterThanOrEqual(RESTORE_WAIT_MS - 250);
    await statusWith(page, en.planReason.lost).waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.locator('#station-heading').textContent(), 'still at the same station').toBe(heading);
    expect(await hintText(page)).toBe(step);

    await playAll(student, scenario, moves.slice(split), done);
    expect((await readReport(page)).score).toBe(fullMarks);
  });
});
