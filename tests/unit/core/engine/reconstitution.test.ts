import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import type { Action } from '../../../../src/core/engine/actions';
import { replay } from '../../../../src/core/engine/engine';
import { solve } from '../../../../src/core/engine/solve';
import { productSchema } from '../../../../src/core/scenario/catalogSchema';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import { report } from '../../../../src/core/scoring/score';
import { act, feedback, only, run, said, scenario } from './fixtures';

const powder = productSchema.parse({
  id: 'amoxicillin-250mg5ml-susp',
  generic: 'amoxicillin',
  strength: '250 mg/5 mL',
  form: 'oral-suspension',
  dispenseUnit: 'mL',
  ndc: '88888-9901-01',
  packageSize: 150,
  therapeuticClass: 'penicillin',
  auxiliaryLabels: ['Shake well', 'Finish all of this medication'],
  reconstitution: { waterMl: 111, storage: 'refrigerator', beyondUseDays: 14 },
});

/** A 150 mL amoxicillin suspension, made up here when `reconstitute` is true; today is 2026-03-14. */
function suspension(reconstitute: boolean): ResolvedEncounter {
  const base = scenario({
    prescriptions: [
      {
        product: powder.id,
        drugAsWritten: 'Amoxicillin 250 mg/5 mL susp',
        quantity: 150,
        sig: '1 tsp po tid x10d',
        refills: 0,
        reconstitute,
      },
    ],
  });
  return { ...base, shelf: [...base.shelf, powder.id], products: new Map([...base.products, [powder.id, powder]]) };
}
const made = suspension(true);
const entry = { productId: powder.id, sig: '1 tsp po tid x10d', quantity: 150, daysSupply: 10, refills: 0 };
const scanned: Action[] = [act.identity(), act.accept(), act.enter(entry), act.select(powder.id), act.scan()];
const water = (ml: number, portions = 2) => stamp(actions.reconstitute('rx1', ml, portions), 7);
const label = (labels: string[], bud?: string) => stamp(actions.printLabel('rx1', labels, bud), 9);
const LABELS = ['Shake well', 'Finish all of this medication', 'Refrigerate'];

describe('reconstituting a powder for suspension', () => {
  it('asks for the water before the suspension is measured', () => {
    const { state, last } = run(made, [...scanned, act.count(150)]);
    expect(said(only(last, 'order.reconstituteFirst'))).toBe(
      'The Amoxicillin 250 mg/5 mL susp prescription is a powder: make it up with water before you measure it.',
    );
    expect(state.rx['rx1']!.counted).toBeNull();
  });

  it('credits the water volume from the label added in portions', () => {
    const { state, last } = run(made, [...scanned, water(111)]);
    const r = only(last, 'reconstitute.correct');
    expect(r).toMatchObject({ outcome: 'good', points: 5, maxPoints: 5, step: 'count' });
    expect(said(r)).toBe('You added 111 mL of purified water to amoxicillin 250 mg/5 mL in 2 portions, shaking after each.');
    expect(state.rx['rx1']!.reconstituted).toBe(true);
  });

  it('makes a wrong volume an error with what, why and how', () => {
    const r = only(run(made, [...scanned, water(150)]).last, 'reconstitute.wrongVolume');
    expect(r).toMatchObject({ outcome: 'mistake', points: 0, maxPoints: 5 });
    expect(said(r)).toBe('You added 150 mL of water; the label of amoxicillin 250 mg/5 mL calls for 111 mL.');
    expect(feedback(made, r).why).toMatch(/weaker/);
  });

  it('makes all the water at once a mistake: the powder is added to in portions', () => {
    expect(only(run(made, [...scanned, water(111, 1)]).last, 'reconstitute.onePortion').points).toBe(0);
  });

  it('checks the beyond-use date: today plus the product days', () => {
    const ready = [...scanned, water(111), act.count(150)];
    const ok = run(made, [...ready, label(LABELS, '2026-03-28')]).last;
    expect(only(ok, 'label.beyondUse.ok')).toMatchObject({ points: 5, maxPoints: 5 });
    expect(only(ok, 'label.auxiliary.ok').points).toBe(5);
    const wrong = only(run(made, [...ready, label(LABELS, '2026-03-24')]).last, 'label.beyondUse.wrong');
    expect(said(wrong)).toBe('The label says discard after 03/24/2026; made up today it is good for 14 days, until 03/28/2026.');
    const missing = only(run(made, [...ready, label(LABELS)]).last, 'label.beyondUse.missing');
    expect(said(missing)).toBe('The label has no beyond-use date; it should say discard after 03/28/2026 (14 days).');
  });

  it('wants the storage sticker on a suspension kept in the refrigerator', () => {
    const r = only(
      run(made, [...scanned, water(111), act.count(150), label(['Shake well', 'Finish all of this medication'], '2026-03-28')]).last,
      'label.auxiliary.missing',
    );
    expect(said(r)).toMatch(/Refrigerate/);
  });

  it('is solved to 100, and an encounter that does not ask for it is unchanged', () => {
    const log = solve(made);
    expect(log.map((a) => a.type)).toContain('reconstitute');
    expect(report(replay(made, log)).score).toBe(100);
    const plain = suspension(false);
    const plainLog = solve(plain);
    expect(plainLog.map((a) => a.type)).not.toContain('reconstitute');
    expect(report(replay(plain, plainLog)).score).toBe(100);
    expect(only(run(plain, [...scanned, water(111)]).last, 'reconstitute.notNeeded').maxPoints).toBe(0);
  });

  it('reports a powder never made up, and a label never printed once', () => {
    const r = report(replay(made, [...scanned, stamp(actions.endEncounter(), 20)]));
    const codes = r.improve.map((x) => x.code);
    expect(codes).toContain('reconstitute.missed');
    expect(codes.filter((c) => c === 'label.missed')).toHaveLength(1);
  });
});
