import { describe, expect, it } from 'vitest';
import { solve } from '../../../../src/core/engine/solve';
import { encounterFinished, replay, summarise } from '../../../../src/core/shift';
import { resolveFixture } from '../../ui/fixtures';
import { pathOf, rushShift } from './shiftFixtures';

const scenario = resolveFixture();

describe('the end-of-shift summary', () => {
  it('replays each finished encounter from its log: the expert scores 100, a patient sent away scores as not done', () => {
    const expert = solve(scenario);
    const state = replay(rushShift(), pathOf, [
      encounterFinished(scenario.source, expert, 300),
      encounterFinished(scenario.source, [{ type: 'endEncounter', at: 5 }], 400),
    ]);
    const rows = summarise(state, (source) => (source === scenario.source ? scenario : null));
    expect(rows.map((r) => [r.patient, r.title, r.report?.passed])).toEqual([
      ['Maria Lopez', scenario.title, true],
      ['Maria Lopez', scenario.title, false],
    ]);
    expect(rows[0]?.report?.score).toBe(100);
    expect(rows[1]?.report?.score).toBeLessThan(100);
  });

  it('keeps a row, without a report, for an encounter whose file cannot be found', () => {
    const state = replay(rushShift(), pathOf, [encounterFinished('gone.json', [], 10)]);
    expect(summarise(state, () => null)).toEqual([{ source: 'gone.json', title: 'gone.json', patient: '', report: null }]);
  });
});
