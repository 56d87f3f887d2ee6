import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { addDays, daysBetween } from './calendar';

/**
 * RX_EXPIRED: the prescription is older than its validity window (domain §3.2, §3.4),
 * which is a scenario parameter because state law sets it. A prescription is still good
 * on the last day of its window ("valid for 365 days" includes day 365).
 *
 * A C-II with an earliest fill date still in the future (the multiple-prescription rule,
 * §1306.12(b)) is not expired, it is too early. No separate code exists for that, and the
 * contract says codes are only added deliberately, so it is reported as REFILL_TOO_SOON
 * ("too soon to fill") at intake, where the date on the paper is read.
 */
export function checkValidity(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const out: Finding[] = [];
  const { schedule } = productOf(scenario, rx.product);
  const { rxValidityDays, controlledValidityDays, ciiValidityDays } = scenario.parameters;

  const limit = schedule === null ? rxValidityDays : schedule === 'II' ? ciiValidityDays : controlledValidityDays;
  const age = daysBetween(rx.dateWritten, scenario.today);
  if (limit !== null && age > limit) {
    out.push({
      code: 'RX_EXPIRED',
      rx: rx.id,
      step: 'intake',
      params: { schedule, validDays: limit, written: rx.dateWritten, expired: addDays(rx.dateWritten, limit) },
    });
  }

  if (rx.earliestFillDate !== undefined && daysBetween(scenario.today, rx.earliestFillDate) > 0) {
    out.push({
      code: 'REFILL_TOO_SOON',
      rx: rx.id,
      step: 'intake',
      params: { by: 'doNotFillBefore', earliest: rx.earliestFillDate, today: scenario.today },
    });
  }
  return out;
}
