import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import { replay } from '../../../../src/core/engine/engine';
import type { ShortageResolution } from '../../../../src/core/scenario/encounterSchema';
import { solve } from '../../../../src/core/engine/solve';
import { report } from '../../../../src/core/scoring/score';
import { act, feedback, only, run, said, scenario } from './fixtures';

/** Lisinopril #30 with only `onHand` tablets on the shelf, and the pharmacist's decision. */
const short = (onHand: number, resolution?: ShortageResolution) =>
  scenario({
    stock: { 'lisinopril-10-tab': { onHand } },
    prescriptions: [resolution === undefined ? {} : { shortage: { resolution } }],
  });
const atShelf = [act.identity(), act.accept(), act.enter(), act.select(), act.scan()];
const tell = (resolution: ShortageResolution) => stamp(actions.reportShortage('rx1', resolution), 6);

describe('a shelf too short for the quantity', () => {
  it('credits telling the pharmacist and filling what is on hand, with the owed balance', () => {
    const s = short(12, 'partialFill');
    const r = only(run(s, [...atShelf, tell('partialFill')]).last, 'shortage.reported');
    expect(r).toMatchObject({ outcome: 'good', points: 10, maxPoints: 10, skill: 'communication' });
    expect(said(r)).toBe(
      'You told the pharmacist there is only 12 tablets on hand of lisinopril 10 mg: fill 12 now and owe the patient 18 tablets.',
    );
    // The partial fill is counted as what is on hand, not the prescribed 30.
    expect(only(run(s, [...atShelf, tell('partialFill'), act.count(12)]).last, 'count.correct').points).toBe(5);
    expect(only(run(s, [...atShelf, tell('partialFill'), act.count(30)]).last, 'count.wrong').points).toBe(0);
  });

  it('makes the wrong plan a mistake, and the pharmacist decision stands', () => {
    const s = short(0, 'orderTomorrow');
    const { state, last } = run(s, [...atShelf, tell('partialFill')]);
    const r = only(last, 'shortage.wrongPlan');
    expect(r).toMatchObject({ outcome: 'mistake', points: 0 });
    expect(said(r)).toMatch(/proposed to fill what is on hand.*the pharmacist decided to order it for tomorrow/);
    expect(feedback(s, r).how).toMatch(/propose the plan/);
    expect(state.rx['rx1']!.status).toBe('held');
  });

  it('hands the prescription to the pharmacist for a transfer, with no pick-up to follow', () => {
    const s = short(0, 'transfer');
    const log = solve(s);
    expect(log.find((a) => a.type === 'reportShortage')).toMatchObject({ resolution: 'transfer' });
    expect(log.map((a) => a.type)).not.toContain('countProduct');
    // The slot is empty: there is no bottle to take or scan.
    expect(log.map((a) => a.type)).not.toContain('selectProduct');
    expect(log.map((a) => a.type)).not.toContain('handOut');
    expect(report(replay(s, log)).score).toBe(100);
  });

  it('solves a partial fill to 100, and reports a shortage nobody told the pharmacist about', () => {
    const s = short(12, 'partialFill');
    expect(report(replay(s, solve(s))).score).toBe(100);
    const silent = replay(s, [...atShelf, act.count(12), act.label(), act.submit(), act.identity('pickup'), act.counsel(), act.handOut()]);
    expect(report(silent).improve.map((r) => r.code)).toContain('shortage.missed');
  });

  it('says there is enough when the shelf is not short, unscored', () => {
    expect(only(run(scenario(), [...atShelf, tell('transfer')]).last, 'shortage.notShort').maxPoints).toBe(0);
  });
});
