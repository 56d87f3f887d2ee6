import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysSupply as supply, type SupplyInput } from '../../../../src/core/rules/daysSupply';
import { renderSupplyProblem } from '../../../../src/core/wording';

/** The days' supply, or why not in the English catalogue's words. */
function daysSupply(rx: SupplyInput): number | { error: string } {
  const result = supply(rx);
  return typeof result === 'number' ? result : { error: renderSupplyProblem(result.error, 'en') };
}

describe('daysSupply: worked examples (domain §5)', () => {
  it.each<[string, SupplyInput, number]>([
    ['30 tablets, 1 po bid', { quantity: 30, unit: 'tablet', sig: '1 po bid' }, 15],
    ['60 tablets, i-ii q4-6h prn: 2 tablets × 6 a day', { quantity: 60, unit: 'tablet', sig: 'i-ii po q4-6h prn pain' }, 5],
    ['amoxicillin 150 mL, 1 tsp tid x10d', { quantity: 150, unit: 'mL', sig: '1 tsp po tid x10d' }, 10],
    ['latanoprost 2.5 mL, 1 gtt OU qhs: 50 drops ÷ 2 a day', { quantity: 2.5, unit: 'mL', sig: '1 gtt ou qhs' }, 25],
    ['albuterol 200 puffs, 2 puffs q4-6h prn: 200 ÷ 12', { quantity: 200, unit: 'puff', sig: '2 puffs q4-6h prn' }, 16],
    [
      'glargine 1000 units, 10 units qhs, vial good for 28 days',
      { quantity: 1000, unit: 'unit', sig: '10 units subq qhs', packageCount: 1, inUseDays: 28 },
      28,
    ],
    ['methotrexate 12 tablets, 6 once weekly', { quantity: 12, unit: 'tablet', sig: '6 tabs po once weekly' }, 14],
    ['alendronate 70 mg #4, once weekly', { quantity: 4, unit: 'tablet', sig: '1 tab po q week' }, 28],
    ['albuterol nebules: 60 vials q6h', { quantity: 60, unit: 'each', sig: '1 vial via nebulizer q6h' }, 15],
    ['fentanyl patch q72h #10', { quantity: 10, unit: 'each', sig: '1 patch to skin q72h' }, 30],
    ['fluticasone 120 sprays, 2 sprays each nostril daily', { quantity: 120, unit: 'puff', sig: '2 sprays each nostril daily' }, 30],
    ['cream 30 g, aaa bid at 1 g per application', { quantity: 30, unit: 'g', sig: 'aaa bid' }, 15],
  ])('%s → %d', (_label, rx, days) => {
    expect(daysSupply(rx)).toBe(days);
  });
});

describe('daysSupply: conventions as parameters', () => {
  it('uses 20 drops per mL by default and honours 15 when the scenario says so', () => {
    expect(daysSupply({ quantity: 5, unit: 'mL', sig: '1 gtt ou bid' })).toBe(25);
    expect(daysSupply({ quantity: 5, unit: 'mL', sig: '1 gtt ou bid', dropsPerMl: 15 })).toBe(18);
  });

  it('counts drops directly when the quantity is already in drops, and one eye once', () => {
    expect(daysSupply({ quantity: 50, unit: 'drop', sig: '1 gtt od qhs' })).toBe(50);
  });

  it('uses 1 g per application by default and honours another value', () => {
    expect(daysSupply({ quantity: 30, unit: 'g', sig: 'apply a thin layer to affected area bid', gramsPerApplication: 0.5 })).toBe(30);
    expect(daysSupply({ quantity: 45, unit: 'g', sig: '1 g top tid' })).toBe(15);
  });

  it('caps each opened package at its in-use life and adds the packages up', () => {
    // Two 1000-unit vials at 12 units a day: each would last 83 days but is discarded at 28.
    expect(daysSupply({ quantity: 2000, unit: 'unit', sig: '12 units subq qhs', packageCount: 2, inUseDays: 28 })).toBe(56);
    // Five 300-unit pens at 40 units a day: each runs out (7.5 days) before its 28-day limit.
    expect(daysSupply({ quantity: 1500, unit: 'unit', sig: '20 units subq bid', packageCount: 5, inUseDays: 28 })).toBe(37);
    // Without an in-use limit the same units simply divide.
    expect(daysSupply({ quantity: 1000, unit: 'unit', sig: '10 units subq qhs' })).toBe(100);
  });

  it('stops at the stated course length even if the bottle holds more', () => {
    expect(daysSupply({ quantity: 200, unit: 'mL', sig: '1 tsp po tid x10d' })).toBe(10);
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: '1 tab po bid for 7 days' })).toBe(7);
  });

  it('rounds down, but never below one day for any positive quantity', () => {
    expect(daysSupply({ quantity: 31, unit: 'tablet', sig: '1 tab po bid' })).toBe(15);
    expect(daysSupply({ quantity: 2, unit: 'tablet', sig: '1 tab po qid' })).toBe(1);
  });

  it('uses the written unit over the dispensed one when the sig names none', () => {
    expect(daysSupply({ quantity: 60, unit: 'capsule', sig: '1 po bid' })).toBe(30);
  });
});

describe('daysSupply: errors', () => {
  it('asks for clarification when the sig only says "as directed"', () => {
    const asDirected = {
      error: 'the directions do not say how much per day ("as directed"); ask for clarification before calculating days supply',
    };
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: 'take as directed' })).toEqual(asDirected);
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: '1 tab ud' })).toEqual(asDirected);
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: 'u.d.' })).toEqual(asDirected);
  });

  it('refuses when the sig and the quantity are in different units', () => {
    const result = daysSupply({ quantity: 30, unit: 'mL', sig: '1 tab po bid' });
    expect(result).toEqual({ error: expect.stringContaining('the directions are in tablets but the quantity is in mL') });
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: '1 cap po bid' })).toHaveProperty('error');
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: '500 mg po bid' })).toHaveProperty('error');
  });

  it('refuses a sig with no frequency, a taper, or one it cannot read', () => {
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: '1 tab po' })).toEqual({ error: expect.stringContaining('how often') });
    expect(daysSupply({ quantity: 21, unit: 'tablet', sig: '2 tabs po daily x3d then 1 tab daily x3d' })).toEqual({
      error: expect.stringContaining('then'),
    });
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: 'take some' })).toEqual({ error: expect.stringContaining('could not be read') });
  });

  it('refuses impossible numbers', () => {
    expect(daysSupply({ quantity: 0, unit: 'tablet', sig: '1 tab po bid' })).toHaveProperty('error');
    expect(daysSupply({ quantity: Number.NaN, unit: 'tablet', sig: '1 tab po bid' })).toHaveProperty('error');
    expect(daysSupply({ quantity: 10, unit: 'mL', sig: '1 gtt ou bid', dropsPerMl: 0 })).toHaveProperty('error');
    expect(daysSupply({ quantity: 1000, unit: 'unit', sig: '10 units qhs', packageCount: 1.5 })).toHaveProperty('error');
    expect(daysSupply(null as unknown as SupplyInput)).toHaveProperty('error');
  });

  it('never throws on arbitrary sigs and quantities', () => {
    const units = ['tablet', 'capsule', 'mL', 'g', 'puff', 'drop', 'unit', 'each'] as const;
    fc.assert(
      fc.property(fc.double(), fc.constantFrom(...units), fc.string({ maxLength: 60 }), (quantity, unit, sig) => {
        const result = daysSupply({ quantity, unit, sig });
        expect(typeof result === 'number' ? Number.isInteger(result) && result >= 1 : result.error !== '').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("days' supply of as-needed directions", () => {
  it('cannot be worked out from an as-needed sig with no frequency or ceiling', () => {
    expect(supply({ quantity: 10, unit: 'tablet', sig: '1 tab prn 1 h before activity' })).toEqual({
      error: { code: 'noFrequency', params: {} },
    });
  });

  it('uses a written daily ceiling, alone or as a cap on the schedule', () => {
    expect(daysSupply({ quantity: 10, unit: 'tablet', sig: '1 tab prn 1 h before activity, max 1 per day' })).toBe(10);
    expect(daysSupply({ quantity: 30, unit: 'tablet', sig: '2 tabs po q4-6h prn pain max 8 per day' })).toBe(3);
  });

  it('counts every administration time named one by one', () => {
    expect(daysSupply({ quantity: 120, unit: 'tablet', sig: '1 tab po with breakfast, lunch, dinner and at bedtime' })).toBe(30);
  });
});
