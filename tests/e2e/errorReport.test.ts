import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/core/scoring/score';
import { renderFeedback } from '../../src/core/wording';
import { useGame } from './harness/game';
import {
  expertMoves,
  keyboardStudent,
  loadScenario,
  playAll,
  readReport,
  reportRegion,
  stateAfter,
  waitForPlay,
  type Move,
} from './harness/play';

const PATH = 'scenarios/encounters/mistake-patient-returns-hydralazine.json';

describe('owning a mistake: a patient comes back with the wrong medicine', () => {
  const game = useGame({ viewport: { width: 1100, height: 800 } });

  it('plays the protocol and an honest report by keyboard to a full-marks report that says what was done well', async () => {
    const scenario = loadScenario(PATH);
    const moves = expertMoves(scenario);
    expect(moves.map((m) => m.type)).toEqual(['confirmIdentity', 'tellPharmacist', 'keepWrongProduct', 'fileErrorReport']);

    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    const student = keyboardStudent(page);
    const done = await playAll(student, scenario, moves.slice(0, -1));
    // The protocol and the form at the pharmacist's bench pass axe's WCAG 2.2 AA checks before the report is filed.
    const axe = await new AxeBuilder({ page }).include('.station-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await playAll(student, scenario, moves.slice(-1), done);

    const shown = await readReport(page);
    expect(shown.verdict).toMatch(/PASS/);
    expect(shown.score).toBe('100 out of 100');
    const aced = await reportRegion(page)
      .getByText(/Your report says plainly what happened: the wrong drug, hydrALAZINE 25 mg dispensed/)
      .count();
    expect(aced).toBeGreaterThan(0);
    await expect
      .poll(() =>
        reportRegion(page)
          .getByText(/NCC MERP category D \(it reached the patient\)/)
          .count(),
      )
      .toBeGreaterThan(0);
  });

  it('fails a report that says the error did not reach the patient, and says why hiding it matters', async () => {
    const scenario = loadScenario(PATH);
    const moves = expertMoves(scenario).map((m): Move =>
      m.type === 'fileErrorReport' ? { ...m, report: { ...m.report, reachedPatient: false } } : m,
    );
    const expected = report(stateAfter(scenario, moves));
    expect(expected.critical.map((r) => r.code)).toEqual(['report.hides']);

    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    await playAll(keyboardStudent(page), scenario, moves);

    const shown = await readReport(page);
    expect(shown.verdict).toMatch(/^✖ FAIL\b/);
    expect(shown.critical).toHaveLength(1);
    const [item] = shown.critical;
    expect(item).toMatch(/says the error did not reach the patient, when it did/);
    const words = renderFeedback(expected.critical[0]!, 'en');
    expect(item).toContain(`Why it matters: ${words.why}`);
    expect(item).toContain(`Next time: ${words.how}`);
  });
});
