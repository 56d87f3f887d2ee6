import { describe, expect, it } from 'vitest';
import { lookAlike } from '../../../../src/core/engine/productSelection';
import { act, only, run, scenario, said } from './fixtures';

// hydrOXYzine 25 mg, with its look-alike hydrALAZINE 25 mg right beside it on the shelf.
const s = scenario({
  prescriptions: [
    { product: 'hydroxyzine-25-tab', drugAsWritten: 'Hydroxyzine 25 mg', sig: 'i po tid prn itching', quantity: 30, refills: 0 },
  ],
  shelf: ['lisinopril-10-tab', 'hydroxyzine-25-tab', 'hydralazine-25-tab'],
});
const entered = [
  act.identity(),
  act.accept(),
  act.enter({ productId: 'hydroxyzine-25-tab', sig: 'i po tid prn itching', daysSupply: 10, refills: 0 }),
];

describe('product selection', () => {
  it('credits the right bottle taken from beside its look-alike as a LASA catch', () => {
    const { state, last } = run(s, [...entered, act.select('hydroxyzine-25-tab')]);
    expect(only(last, 'catch.LASA_RISK')).toMatchObject({ outcome: 'good', points: 10, skill: 'safety', finding: 'LASA_RISK' });
    expect(state.rx['rx1']!.selectedProductId).toBe('hydroxyzine-25-tab');
  });

  it('calls a plain right pick selection.correct when no look-alike is near', () => {
    const clean = scenario();
    const { last } = run(clean, [act.identity(), act.accept(), act.enter(), act.select()]);
    expect(only(last, 'selection.correct').points).toBe(10);
  });

  it('names both products in tall-man letters when a look-alike is picked', () => {
    const { last } = run(s, [...entered, act.select('hydralazine-25-tab')]);
    const r = only(last, 'miss.LASA_RISK');
    expect(r).toMatchObject({ outcome: 'mistake', points: 0, maxPoints: 10, skill: 'safety' });
    expect(said(r)).toBe('You picked hydrALAZINE 25 mg; the prescription is for hydrOXYzine 25 mg.');
  });

  it('gives a bad beep for the wrong bottle, and partial credit for putting it back and re-picking right', () => {
    const log = [...entered, act.select('hydralazine-25-tab'), act.scan()];
    const bad = run(s, log);
    expect(only(bad.last, 'scan.mismatch')).toMatchObject({ outcome: 'mistake', points: 0 });
    expect(bad.state.rx['rx1']!.scanned).toBe(false);
    const fixed = run(s, [...log, act.putBack(), act.select('hydroxyzine-25-tab')]);
    expect(only(fixed.last, 'selection.corrected')).toMatchObject({ outcome: 'good', points: 5, maxPoints: 0 });
    const scanned = run(s, [...log, act.putBack(), act.select('hydroxyzine-25-tab'), act.scan()]);
    expect(only(scanned.last, 'scan.match').points).toBe(5);
    expect(scanned.state.rx['rx1']!.status).toBe('count');
  });

  it('gives the correction credit only once', () => {
    const log = [
      ...entered,
      act.select('hydralazine-25-tab'),
      act.putBack(),
      act.select('hydroxyzine-25-tab'),
      act.putBack(),
      act.select('hydralazine-25-tab'),
      act.putBack(),
      act.select('hydroxyzine-25-tab'),
    ];
    const { state } = run(s, log);
    expect(state.results.filter((r) => r.code === 'selection.corrected' && r.points > 0)).toHaveLength(1);
  });

  it('guards the order of shelf actions', () => {
    expect(only(run(s, [act.identity(), act.accept(), act.select('hydroxyzine-25-tab')]).last, 'order.enterFirst').outcome).toBe('info');
    expect(
      said(only(run(s, [...entered, act.select('hydroxyzine-25-tab'), act.select('hydralazine-25-tab')]).last, 'order.handsFull')),
    ).toMatch(/hydrOXYzine/);
    expect(only(run(s, [...entered, act.scan()]).last, 'order.nothingInHand').outcome).toBe('info');
    expect(only(run(s, [...entered, act.putBack()]).last, 'order.nothingInHand').outcome).toBe('info');
    expect(only(run(s, [...entered, act.select('no-such-product')]).last, 'selection.unknownProduct').outcome).toBe('info');
  });

  it('keeps the stock bottle at the bench once the count is done', () => {
    const { last } = run(s, [...entered, act.select('hydroxyzine-25-tab'), act.scan(), act.count(30), act.putBack()]);
    expect(only(last, 'order.alreadyCounted').outcome).toBe('info');
  });

  it('treats look-alikes as a symmetric pairing', () => {
    expect(lookAlike(s, 'hydralazine-25-tab', 'hydroxyzine-25-tab')).toBe(true);
    expect(lookAlike(s, 'hydroxyzine-25-tab', 'hydralazine-25-tab')).toBe(true);
    expect(lookAlike(s, 'lisinopril-10-tab', 'hydroxyzine-25-tab')).toBe(false);
  });
});
