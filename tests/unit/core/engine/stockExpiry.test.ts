import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import { replay } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { report } from '../../../../src/core/scoring/score';
import { act, feedback, only, run, said, scenario } from './fixtures';

// Today in the fixtures is 2026-03-14; the default short-dated window is 30 days.
const lots = (...spec: [string, string][]) => ({ 'lisinopril-10-tab': { lots: spec.map(([lot, expires]) => ({ lot, expires })) } });
const expiredInFront = scenario({ stock: lots(['OLD1', '2026-02-28'], ['NEW2', '2027-01-31']) });
const shortDated = scenario({ stock: lots(['SOON', '2026-04-01'], ['NEW2', '2027-01-31']) });
const before = [act.identity(), act.accept(), act.enter()];
const take = (lot?: string) => stamp(actions.selectProduct('rx1', 'lisinopril-10-tab', lot), 4);

describe('the expiry date of the bottle taken', () => {
  it('takes the front bottle when no lot is chosen, and an expired one costs the pick with what, why and how', () => {
    const { state, last } = run(expiredInFront, [...before, take()]);
    const r = only(last, 'selection.expired');
    expect(r).toMatchObject({ outcome: 'mistake', points: 0, maxPoints: 10 });
    expect(said(r)).toBe('You took lot OLD1 of lisinopril 10 mg, which expired on 02/28/2026; today is 03/14/2026.');
    expect(feedback(expiredInFront, r).how).toMatch(/Read the expiry date/);
    expect(state.rx['rx1']).toMatchObject({ selectedProductId: 'lisinopril-10-tab', lot: 'OLD1' });
  });

  it('counts a bottle inside the short-dated window (a parameter) as too close to use', () => {
    const r = only(run(shortDated, [...before, take()]).last, 'selection.expired');
    expect(said(r)).toBe('You took lot SOON of lisinopril 10 mg, which expires on 04/01/2026: within 30 days of today (03/14/2026).');
    const relaxed = scenario({ stock: shortDated.stock, parameters: { shortDatedDays: 7 } });
    expect(only(run(relaxed, [...before, take()]).last, 'selection.correct')).toMatchObject({ points: 10 });
  });

  it('credits the in-date bottle as the catch when an out-of-date one sits beside it', () => {
    const r = only(run(expiredInFront, [...before, take('NEW2')]).last, 'selection.inDate');
    expect(r).toMatchObject({ outcome: 'good', points: 10, maxPoints: 10 });
    expect(said(r)).toMatch(/took lot NEW2 of lisinopril 10 mg, good until 01\/31\/2027/);
  });

  it('gives half the pick back when the expired bottle goes back and an in-date one is taken', () => {
    const { last } = run(expiredInFront, [...before, take(), act.putBack(), take('NEW2')]);
    expect(only(last, 'selection.corrected')).toMatchObject({ points: 5, maxPoints: 0 });
  });

  it('refuses a lot that is not on the shelf, unscored, naming the lots that are', () => {
    const { state, last } = run(expiredInFront, [...before, take('NOPE')]);
    expect(said(only(last, 'selection.unknownLot'))).toBe(
      'There is no lot "NOPE" of lisinopril 10 mg on the shelf; the lots there are "OLD1" and "NEW2".',
    );
    expect(state.rx['rx1']!.selectedProductId).toBeNull();
  });

  it('says nothing about expiry when the shelf shows no lots', () => {
    expect(only(run(scenario(), [...before, take()]).last, 'selection.correct').points).toBe(10);
  });

  it('is solved to 100 by taking the first bottle in date', () => {
    const log = solve(expiredInFront);
    expect(log.find((a) => a.type === 'selectProduct')).toMatchObject({ lot: 'NEW2' });
    expect(report(replay(expiredInFront, log)).score).toBe(100);
  });
});
