import { describe, expect, it } from 'vitest';
import { checkRefillsLeft, checkRefillTooSoon } from '../../../../src/core/rules/refill';
import { buildScenario, rxOf, worded } from './buildScenario';

function tooSoon(lastFill: string, extra: Parameters<typeof buildScenario>[0] = {}) {
  const s = buildScenario({
    ...extra,
    patient: { fillHistory: [{ product: 'lisinopril-10-tab', date: lastFill, quantity: 30, daysSupply: 30 }], ...extra.patient },
  });
  return worded(checkRefillTooSoon(s, rxOf(s)));
}

describe('refill too soon (REFILL_TOO_SOON at entry)', () => {
  it('flags a 30-day fill after 10 days and names the earliest date (80%: day 24)', () => {
    expect(tooSoon('2026-03-04')).toEqual([
      {
        code: 'REFILL_TOO_SOON',
        rx: 'rx1',
        step: 'entry',
        detail:
          'It was last filled on 03/04/2026 for a 30-day supply; only 10 days have passed, so the earliest it can be filled is 03/28/2026 (80% of the supply used).',
      },
    ]);
  });

  it('allows the fill from exactly the threshold day', () => {
    expect(tooSoon('2026-02-19')).toHaveLength(1); // 23 days: too soon
    expect(tooSoon('2026-02-18')).toEqual([]); // 24 days: allowed
  });

  it('uses the payer threshold parameter', () => {
    expect(tooSoon('2026-02-18', { parameters: { refillTooSoonPercent: 85 } })).toHaveLength(1); // 24 < 25.5
    expect(tooSoon('2026-02-16', { parameters: { refillTooSoonPercent: 85 } })).toEqual([]); // 26 days
  });

  it('uses the newest fill of the same generic and strength, and ignores other drugs', () => {
    const s = buildScenario({
      prescriptions: [{ product: 'warfarin-5-tab' }],
      patient: {
        fillHistory: [
          { product: 'warfarin-5-tab', date: '2026-03-10', quantity: 30, daysSupply: 30 },
          { product: 'warfarin-1-tab', date: '2026-03-12', quantity: 30, daysSupply: 30 },
          { product: 'warfarin-5-tab', date: '2026-01-01', quantity: 30, daysSupply: 30 },
        ],
      },
    });
    expect(worded(checkRefillTooSoon(s, rxOf(s)))[0]!.detail).toContain('03/10/2026');
    const other = buildScenario({
      patient: { fillHistory: [{ product: 'metformin-500-tab', date: '2026-03-10', quantity: 60, daysSupply: 30 }] },
    });
    expect(checkRefillTooSoon(other, rxOf(other))).toEqual([]);
  });
});

describe('no refills left (NO_REFILLS_LEFT at intake)', () => {
  function left(refills: number, refillsUsed: number, request: 'new' | 'refill' = 'refill') {
    const s = buildScenario({ prescriptions: [{ refills, refillsUsed, request }] });
    return worded(checkRefillsLeft(s, rxOf(s)));
  }

  it('flags a refill request with every refill used', () => {
    expect(left(3, 3)).toEqual([
      {
        code: 'NO_REFILLS_LEFT',
        rx: 'rx1',
        step: 'intake',
        detail: 'The patient asks for a refill, but all 3 authorised refills have been used.',
      },
    ]);
    expect(left(0, 0)[0]!.detail).toContain('authorised no refills');
  });

  it('allows a refill with one left, and never flags a new prescription', () => {
    expect(left(3, 2)).toEqual([]);
    expect(left(0, 0, 'new')).toEqual([]);
  });
});
