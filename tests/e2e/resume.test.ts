import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '../../src/ui/i18n/locales/en.json';
import { useGame } from './harness/game';
import {
  expectedHint,
  expertMoves,
  hintText,
  loadScenario,
  mouseStudent,
  playAll,
  readReport,
  stateAfter,
  stationHeading,
  waitForPlay,
} from './harness/play';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';

/** What the student sees of their progress at the drop-off window: the hint and each prescription's status line. */
async function progressSeen(page: Page) {
  await stationHeading(page, 'dropoff').waitFor();
  const panel = page.locator('.station-panel');
  return {
    hint: await hintText(page),
    prescriptions: await panel.locator('.station-body section[aria-label^="Prescription "] h3').allTextContents(),
    identity: await panel.getByText('Identity confirmed').count(),
  };
}

describe('reloading in the middle of an encounter', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('resumes at the same step with the same progress, and the finished run still scores 100', async () => {
    const scenario = loadScenario(PATH);
    const moves = expertMoves(scenario);
    // Identity confirmed, question answered, prescription accepted and entered: then the reload.
    const split = moves.findIndex((m) => m.type === 'enterPrescription') + 1;
    expect(split).toBeGreaterThan(0);

    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    const done = await playAll(mouseStudent(page), scenario, moves.slice(0, split));
    await mouseStudent(page).walk('dropoff');
    const before = await progressSeen(page);
    expect(before.hint).toBe(expectedHint(scenario, done));
    expect(before.identity).toBe(1);
    const state = stateAfter(scenario, done);
    expect(before.prescriptions).toEqual(
      scenario.prescriptions.map((rx, i) => `Prescription ${i + 1} (${en.rxStatus[state.rx[rx.id]!.status]})`),
    );

    const saved = await page.evaluate(() => localStorage.getItem('techshift:progress'));
    expect(JSON.parse(saved ?? 'null')?.log, 'every step so far is saved').toHaveLength(split);

    await page.reload();
    // Never silently: the saved patient is offered first.
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForPlay(page);
    expect(await progressSeen(page)).toEqual(before);

    await playAll(mouseStudent(page), scenario, moves.slice(split), done);
    const shown = await readReport(page);
    expect(shown.score).toBe('100 out of 100');
    expect(shown.verdict).toMatch(/^✔ PASS\b/);
  });
});
