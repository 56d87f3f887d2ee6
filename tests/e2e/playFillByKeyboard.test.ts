import { describe, expect, it } from 'vitest';
import { useGame } from './harness/game';
import { expertMoves, keyboardStudent, loadScenario, playAll, readReport, startFromMenu, waitForPlay } from './harness/play';

const FILL = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const CATCH = 'scenarios/encounters/catch-oxycodone-bad-dea.json';

/**
 * Keyboard alone: Tab / Shift+Tab to reach a control, Enter and Space to use it, arrow keys in
 * radio groups, selects and the drug search, typing in the boxes, number keys 1–9 for stations.
 * No mouse event is sent. What to type (drug, sig, quantity, days' supply, refills, DAW, auxiliary
 * labels) is the expert solver's answer for the scenario file, computed in the test.
 */
describe('encounters played by keyboard alone', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('a fill goes from the menu to a perfect report', async () => {
    const scenario = loadScenario(FILL);
    const moves = expertMoves(scenario);
    expect(moves.map((m) => m.type)).toContain('enterPrescription');

    const page = await game.open();
    const student = keyboardStudent(page);
    await startFromMenu(student, FILL);
    await waitForPlay(page);

    await playAll(student, scenario, moves);

    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');
    expect(report.verdict).toMatch(/^✔ PASS\b/);
    expect(report.critical).toEqual([]);
    expect(report.improve).toEqual([]);
    // Focus lands on the report, so a keyboard user is not left behind the overlay.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-heading');
  });

  it('the flag dialog works by keyboard too: a C-II with a bad DEA number stopped at drop-off scores 100', async () => {
    const scenario = loadScenario(CATCH);
    const moves = expertMoves(scenario);
    expect(moves.map((m) => m.type)).toContain('flagProblem');

    const page = await game.open(`?scenario=${CATCH}`);
    await waitForPlay(page);
    await playAll(keyboardStudent(page), scenario, moves);

    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');
    expect(report.verdict).toMatch(/^✔ PASS\b/);
  });
});
