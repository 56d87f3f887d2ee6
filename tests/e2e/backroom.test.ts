import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actions } from '../../src/core/engine/actionCreators';
import { useGame } from './harness/game';
import { report as scoreOf } from '../../src/core/scoring/score';
import { expertMoves, keyboardStudent, loadScenario, playAll, readReport, startFromMenu, stateAfter, waitForPlay } from './harness/play';

const RECONSTITUTE = 'scenarios/encounters/fill-reconstitute-amoxicillin-suspension-child.json';
const EXPIRED = 'scenarios/encounters/fill-stock-expired-bottle-doxycycline.json';
const EMPTY_SHELF = 'scenarios/encounters/fill-stock-short-lisinopril-order-tomorrow.json';

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

/**
 * The back-room skills at the bench, by keyboard alone: making up a powder for suspension with its
 * beyond-use date, reading the expiry date of the bottle taken, and an empty slot drawn empty.
 */
describe('stock and reconstitution, played by keyboard', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('a suspension made up with the water on its bottle and labelled with its beyond-use date scores 100', async () => {
    const scenario = loadScenario(RECONSTITUTE);
    const moves = expertMoves(scenario);
    expect(moves.find((m) => m.type === 'reconstitute')).toMatchObject({ waterMl: 111, portions: 2 });
    expect(moves.find((m) => m.type === 'printLabel')).toMatchObject({ beyondUseDate: '2026-02-23' });

    const page = await game.open();
    const student = keyboardStudent(page);
    await startFromMenu(student, RECONSTITUTE);
    await waitForPlay(page);
    // Up to the water: the counting bench with the bottle label, then the label printer with its date field, checked by axe.
    const upToWater = moves.findIndex((m) => m.type === 'reconstitute');
    const done = await playAll(student, scenario, moves.slice(0, upToWater));
    await student.walk('counting');
    expect(await violations(page), 'counting bench with a powder to make up').toEqual([]);
    const upToLabel = moves.findIndex((m) => m.type === 'printLabel');
    await playAll(student, scenario, moves.slice(upToWater, upToLabel), done);
    await student.walk('label');
    expect(await violations(page), 'label printer with a beyond-use date').toEqual([]);
    await playAll(student, scenario, moves.slice(upToLabel), done);

    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');
    expect(report.improve).toEqual([]);
  });

  it('the wrong water volume and a label without a beyond-use date come back with what, why and how', async () => {
    const scenario = loadScenario(RECONSTITUTE);
    const moves = expertMoves(scenario).map((m) =>
      m.type === 'reconstitute'
        ? actions.reconstitute(m.rx, 150, 2)
        : m.type === 'printLabel'
          ? actions.printLabel(m.rx, m.auxiliaryLabels)
          : m,
    );
    const page = await game.open(`?scenario=${RECONSTITUTE}`);
    await waitForPlay(page);
    await playAll(keyboardStudent(page), scenario, moves);

    const report = await readReport(page);
    // The score the core gives this play, with the two checkpoints lost.
    expect(report.score).toBe(`${scoreOf(stateAfter(scenario, moves)).score} out of 100`);
    expect(report.score).not.toBe('100 out of 100');
    const improve = report.improve.join('\n');
    expect(improve).toMatch(/You added 150 mL of water; the label of .* calls for 111 mL\./);
    expect(improve).toMatch(/Too much water makes every dose weaker/);
    expect(improve).toMatch(/The label has no beyond-use date; it should say discard after 02\/23\/2026 \(14 days\)\./);
  });

  it('taking the bottle in date from behind an expired one is the catch, and the report says so', async () => {
    const scenario = loadScenario(EXPIRED);
    const moves = expertMoves(scenario);
    expect(moves.find((m) => m.type === 'selectProduct')).toMatchObject({ lot: 'DX4410' });
    const page = await game.open(`?scenario=${EXPIRED}`);
    await waitForPlay(page);
    const student = keyboardStudent(page);
    const upToShelf = moves.findIndex((m) => m.type === 'selectProduct');
    const done = await playAll(student, scenario, moves.slice(0, upToShelf));
    await student.walk('shelves');
    expect(await violations(page), 'shelves with lots and expiry dates').toEqual([]);
    await playAll(student, scenario, moves.slice(upToShelf), done);
    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');
    await expect
      .poll(() => page.getByRole('region', { name: 'Encounter report' }).textContent())
      .toMatch(/took lot DX4410 of .*good until 05\/31\/2027, not the out-of-date bottle beside it/);
  });

  it('draws a slot with nothing on hand empty in 3D', async () => {
    const page = await game.open(`?debug&scenario=${EMPTY_SHELF}`);
    await waitForPlay(page);
    await expect
      .poll(() => page.evaluate(() => window.__techshift?.emptySlots ?? null), { message: 'the debug figures list the empty slot' })
      .toEqual(['lisinopril-10-tab']);
  });
});
