import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { addDays, daysBetween } from './calendar';
import { dayCount } from './wording';

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
      detail: `It was last filled on ${last.date} for a ${last.daysSupply}-day supply; only ${dayCount(Math.max(0, elapsed))} ${elapsed === 1 ? 'has' : 'have'} passed, so the earliest it can be filled is ${earliest} (${percent}% of the supply used).`,
    },
  ];
}

/** NO_REFILLS_LEFT at intake: a refill is asked for but every authorised refill has been used. */
export function checkRefillsLeft(_scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  if (rx.request !== 'refill' || rx.refillsUsed < rx.refills) return [];
  const detail =
    rx.refills === 0
      ? 'The patient asks for a refill, but this prescription authorised no refills.'
      : `The patient asks for a refill, but all ${rx.refills} authorised refill${rx.refills === 1 ? ' has' : 's have'} been used.`;
  return [{ code: 'NO_REFILLS_LEFT', rx: rx.id, step: 'intake', detail }];
}
