import { describe, expect, it } from 'vitest';
import { isCriticalMiss } from '../../src/core/engine/verification';
import { findings } from '../../src/core/findings';
import { report } from '../../src/core/scoring/score';
import { renderFeedback, renderFinding } from '../../src/core/wording';
import { useGame } from './harness/game';
import {
  expertMoves,
  fillEverythingMoves,
  loadScenario,
  mouseStudent,
  play,
  playAll,
  readReport,
  stateAfter,
  waitForPlay,
} from './harness/play';

const PATH = 'scenarios/encounters/catch-penicillin-allergy.json';

describe('a catch encounter played with the mouse', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });
  const scenario = loadScenario(PATH);
  const rx = scenario.prescriptions[0]!;
  // The problem the rules find on this prescription, and whether missing it is a critical error.
  const problem = findings(scenario).find((f) => f.rx === rx.id && f.code !== 'LASA_RISK' && f.code !== 'CLINICAL_QUESTION')!;

  it('flagging the problem at the right station with the right reason earns full marks', async () => {
    const moves = expertMoves(scenario);
    const flag = moves.find((m) => m.type === 'flagProblem');
    expect(flag, 'the expert flags this prescription').toMatchObject({ rx: rx.id, code: problem.code });

    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    const student = mouseStudent(page);
    const done = await playAll(student, scenario, moves.slice(0, moves.indexOf(flag!)));

    // The student works it at the data-entry screen, where the profile shows the allergy beside the drug.
    const [allergy] = scenario.patient.allergies;
    await play(student, scenario, done, flag!);
    expect(await page.getByRole('heading', { level: 2, name: 'Data entry', exact: true }).count()).toBe(1);
    expect(await page.locator('.allergy-list').textContent()).toContain(`${allergy!.substance}: ${allergy!.reaction}`);

    const shown = await readReport(page);
    expect(shown.score).toBe('100 out of 100');
    expect(shown.verdict).toMatch(/^✔ PASS\b/);
    expect(shown.critical).toEqual([]);
  });

  it('filling it anyway is stopped by the pharmacist at verification: a critical error, below 100, FAIL', async () => {
    const moves = fillEverythingMoves(scenario);
    const expected = report(stateAfter(scenario, moves));
    expect(isCriticalMiss(scenario, rx, problem), 'missing an allergy is critical').toBe(true);

    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    await playAll(mouseStudent(page), scenario, moves);

    // Practice mode: the pharmacist's verdict also shows as feedback the moment it happens.
    const toast = page.getByRole('region', { name: 'Feedback' });
    expect(await toast.locator('.outcome-critical').first().textContent()).toContain('The pharmacist stopped this at verification');

    const shown = await readReport(page);
    expect(shown.score).toBe(`${expected.score} out of 100`);
    expect(expected.score).toBeLessThan(100);
    expect(shown.verdict).toMatch(/^✖ FAIL\b/);
    expect(shown.critical).toHaveLength(1);
    expect(shown.critical[0]).toContain('The pharmacist stopped this at verification');
    // It names the problem: the rules' own sentence, which names the patient's allergy from the scenario file.
    const sentence = renderFinding(problem, 'en');
    expect(shown.critical[0]).toContain(sentence);
    expect(sentence).toContain(scenario.patient.allergies[0]!.substance);
    expect(shown.critical[0]).toContain(`Why it matters: ${renderFeedback(expected.critical[0]!, 'en').why}`);
  });
});
