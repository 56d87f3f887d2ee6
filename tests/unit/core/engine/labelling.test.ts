import { describe, expect, it } from 'vitest';
import { compareLabels } from '../../../../src/core/engine/labelling';
import { act, only, run, scenario, said } from './fixtures';

// Oxycodone carries two auxiliary labels in the test catalog.
const DROWSY = 'May cause drowsiness';
const TRANSFER = 'Caution: federal law prohibits transfer of this drug';
const s = scenario({ prescriptions: [{ product: 'oxycodone-5-tab', sig: 'i po q6h prn pain', quantity: 20, refills: 0 }] });
const counted = [
  act.identity(),
  act.accept(),
  act.enter({ productId: 'oxycodone-5-tab', sig: 'i po q6h prn pain', quantity: 20, daysSupply: 5, refills: 0 }),
  act.select('oxycodone-5-tab'),
  act.scan(),
  act.count(20),
];

describe('labelling', () => {
  it("credits exactly the product's auxiliary labels, in any case and spacing", () => {
    const { state, last } = run(s, [...counted, act.label([TRANSFER, 'may cause  DROWSINESS'])]);
    expect(only(last, 'label.auxiliary.ok')).toMatchObject({ points: 5, skill: 'safety' });
    expect(state.rx['rx1']!.status).toBe('verify');
  });

  it('names the missing labels', () => {
    const { last } = run(s, [...counted, act.label([DROWSY])]);
    expect(only(last, 'label.auxiliary.missing')).toMatchObject({ points: 0, maxPoints: 5 });
    expect(said(last[0]!)).toContain(`"${TRANSFER}"`);
  });

  it('names the extra labels and keeps part of the credit', () => {
    const { last } = run(s, [...counted, act.label([DROWSY, TRANSFER, 'Take with food'])]);
    expect(only(last, 'label.auxiliary.extra')).toMatchObject({ points: 3, maxPoints: 5 });
    expect(said(last[0]!)).toBe('"Take with food" does not belong on this product.');
  });

  it('names both when some are missing and some extra', () => {
    const { last } = run(s, [...counted, act.label(['Take with food'])]);
    expect(said(only(last, 'label.auxiliary.wrong'))).toMatch(/missing .*drowsiness.* and "Take with food" does not belong/);
  });

  it('prints only after the count', () => {
    const { last } = run(s, [...counted.slice(0, 5), act.label([])]);
    expect(only(last, 'order.countFirst').outcome).toBe('info');
  });

  it('scores an older wording of a sticker as the same sticker, never missing one and extra the other', () => {
    expect(
      compareLabels(
        ['Finish all of this medication', 'Avoid prolonged exposure to sunlight', 'Avoid alcohol'],
        ['Finish all medication', 'Avoid sun exposure', 'Alcohol may intensify this effect'],
      ),
    ).toEqual({ missing: [], extra: [] });
  });

  it('compares label lists without duplicates', () => {
    expect(compareLabels(['A', 'B'], ['b', 'C', 'c'])).toEqual({ missing: ['A'], extra: ['C'] });
  });
});
