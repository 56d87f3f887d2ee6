import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { addDays, daysBetween } from './calendar';

function sameStrength(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();
}

/**
 * REFILL_TOO_SOON at data entry (the claim would reject 79): the last fill of the same
 * drug (same product, or same generic and strength from another maker) has used up less
 * than `refillTooSoonPercent` of its days' supply (domain §5). It applies to new
 * prescriptions too: a payer looks at the last fill, not at which paper it came from.
 */
export function checkRefillTooSoon(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const product = productOf(scenario, rx.product);
  const fills = scenario.patient.fillHistory.filter((f) => {
    if (f.product === rx.product) return true;
    const past = productOf(scenario, f.product);
    return past.generic === product.generic && sameStrength(past.strength, product.strength);
  });
  // Newest by date; on a tie the later entry wins, since the history is written newest last.
  const last = fills.reduce<(typeof fills)[number] | undefined>(
    (best, f) => (best === undefined || f.date >= best.date ? f : best),
    undefined,
  );
  if (last === undefined) return [];

  const percent = scenario.parameters.refillTooSoonPercent;
  const elapsed = daysBetween(last.date, scenario.today);
  // Integer comparison: elapsed / daysSupply < percent / 100, without floating-point edges.
  if (elapsed * 100 >= percent * last.daysSupply) return [];
  const earliest = addDays(last.date, Math.ceil((percent * last.daysSupply) / 100));
  return [
    {
      code: 'REFILL_TOO_SOON',
      rx: rx.id,
      step: 'entry',
      params: { by: 'lastFill', lastFill: last.date, daysSupply: last.daysSupply, elapsed: Math.max(0, elapsed), earliest, percent },
    },
  ];
}

/** NO_REFILLS_LEFT at intake: a refill is asked for but every authorised refill has been used. */
export function checkRefillsLeft(_scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  if (rx.request !== 'refill' || rx.refillsUsed < rx.refills) return [];
  return [{ code: 'NO_REFILLS_LEFT', rx: rx.id, step: 'intake', params: { refills: rx.refills } }];
}
