import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';

/** Most refills federal law allows on a C-III or C-IV prescription (21 CFR 1306.22). */
export const CONTROLLED_MAX_REFILLS = 5;

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
  if (schedule === 'II' && rx.refills > 0) {
    return [
      {
        code: 'CII_REFILLS',
        rx: rx.id,
        step: 'intake',
        params: { refills: rx.refills },
      },
    ];
  }
  if ((schedule === 'III' || schedule === 'IV') && rx.refills > CONTROLLED_MAX_REFILLS) {
    return [
      {
        code: 'CONTROLLED_REFILL_LIMIT',
        rx: rx.id,
        step: 'intake',
        params: { schedule, max: CONTROLLED_MAX_REFILLS, refills: rx.refills },
      },
    ];
  }
  return [];
}
