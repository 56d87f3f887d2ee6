import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actions } from '../../src/core/engine/actionCreators';
import { report as scoreOf } from '../../src/core/scoring/score';
import en from '../../src/ui/i18n/locales/en.json';
import { useGame } from './harness/game';
import { expertMoves, keyboardStudent, loadScenario, playAll, readReport, stateAfter, waitForPlay } from './harness/play';

const FRIDGE = 'scenarios/encounters/receive-fridge-tote-short-shipped.json';
const CII = 'scenarios/encounters/receive-cii-damaged-line.json';

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

/** Receiving a wholesaler delivery at the shelves, by keyboard alone, to the report. */
describe('receiving a delivery, played by keyboard', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('checks every line, puts the refrigerated item away first, reports the short line and scores 100', async () => {
    const scenario = loadScenario(FRIDGE);
    const moves = expertMoves(scenario);
    // The expert starts with the insulin, unpacked last but refrigerated.
    expect(moves.slice(0, 2)).toMatchObject([
      { type: 'checkToteLine', line: '3', verdict: 'match' },
      { type: 'putAway', line: '3' },
    ]);
    const page = await game.open(`?scenario=${FRIDGE}`);
    await waitForPlay(page, '3d', 'shelves');
    expect(await violations(page), 'the receiving block at the shelves').toEqual([]);
    await playAll(keyboardStudent(page), scenario, moves);
    // The toast said what the last move did.
    await expect
      .poll(() => page.getByRole('region', { name: 'Feedback' }).textContent())
      .toMatch(/You pulled lot L0925 of .*lisinopril.* into quarantine/i);
    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');
    expect(report.improve).toEqual([]);
  });

  it('a C-II shelved by the technician and a damaged line put away come back as errors with what, why and how', async () => {
    const scenario = loadScenario(CII);
    const moves = expertMoves(scenario).flatMap((m) =>
      m.type === 'handToPharmacist' ? [actions.putAway(m.line)] : m.type === 'reportDiscrepancy' ? [actions.putAway(m.line)] : [m],
    );
    const page = await game.open(`?scenario=${CII}`);
    await waitForPlay(page, '3d', 'shelves');
    const student = keyboardStudent(page);
    await playAll(student, scenario, moves);
    await student.press(page.locator('.station-panel').getByRole('button', { name: en.receiving.finish }));
    const report = await readReport(page);
    expect(report.score).toBe(`${scoreOf(stateAfter(scenario, [...moves, actions.endEncounter()])).score} out of 100`);
    expect(report.critical.join('\n')).toMatch(
      /You checked in and shelved .*oxycodone.* yourself; it is a C-II, received against DEA Form 222/i,
    );
    expect(report.critical.join('\n')).toMatch(/never sign the Form 222/);
    expect(report.improve.join('\n')).toMatch(/You put .*metformin.* on the shelf although it arrived damaged/i);
  });
});
