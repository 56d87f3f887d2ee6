import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import type { Schedule } from '../scenario/catalogSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';

/** Most refills federal law allows on a C-III or C-IV prescription (21 CFR 1306.22). */
export const CONTROLLED_MAX_REFILLS = 5;

/**
 * Most refills federal law allows for a schedule: none on C-II (§1306.12(a)), five on C-III and
 * C-IV (§1306.22); null where there is no federal cap (C-V, and products that are not controlled).
 */
export function federalRefillLimit(schedule: Schedule | null): number | null {
  if (schedule === 'II') return 0;
  if (schedule === 'III' || schedule === 'IV') return CONTROLLED_MAX_REFILLS;
  return null;
}

/**
 * CII_REFILLS and CONTROLLED_REFILL_LIMIT: refills written beyond federal limits
 * (domain §3.2), caught at intake by reading the refill line.
 *
 * The other half of §1306.22 (refills only within 6 months of issue) is not repeated
 * here: a refill asked for after that window is on an expired prescription, which
 * validity.ts reports as RX_EXPIRED with the controlledValidityDays parameter. C-V has no
 * federal refill cap, so it is never flagged.
 */
export function checkControlled(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const { schedule } = productOf(scenario, rx.product);
  const limit = federalRefillLimit(schedule);
  if (limit === null || rx.refills <= limit) return [];
  if (schedule === 'II') {
    return [
      {
        code: 'CII_REFILLS',
        rx: rx.id,
        step: 'intake',
        params: { refills: rx.refills },
      },
    ];
  }
  return [
    {
      code: 'CONTROLLED_REFILL_LIMIT',
      rx: rx.id,
      step: 'intake',
      params: { schedule: schedule as 'III' | 'IV', max: limit, refills: rx.refills },
    },
  ];
}
