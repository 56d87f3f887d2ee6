import { daysBetween } from '../rules/calendar';
import type { ResolvedEncounter } from '../scenario/resolve';

/** One bottle of a product on the shelf. */
export interface Lot {
  lot: string;
  expires: string;
}

/** The lots of a product on the shelf, front first; none when the scenario gives no stock for it. */
export function lotsOf(scenario: ResolvedEncounter, productId: string): readonly Lot[] {
  return scenario.stock[productId]?.lots ?? [];
}

/** Whole days from today until the bottle expires (negative once expired). */
export const daysLeft = (scenario: ResolvedEncounter, lot: Lot): number => daysBetween(scenario.today, lot.expires);

/** True when a bottle may be dispensed today: in date and outside the short-dated window. */
export function usable(scenario: ResolvedEncounter, lot: Lot): boolean {
  return daysLeft(scenario, lot) > scenario.parameters.shortDatedDays;
}

/** The first bottle that may be dispensed (what the expert takes), or undefined when the product has no lots or none is usable. */
export function firstUsableLot(scenario: ResolvedEncounter, productId: string): Lot | undefined {
  return lotsOf(scenario, productId).find((l) => usable(scenario, l));
}

/** The bottle a selection takes: the lot asked for, else the front one; null when the product shows no lots, undefined for an unknown lot. */
export function lotTaken(scenario: ResolvedEncounter, productId: string, lot: string | undefined): Lot | null | undefined {
  const lots = lotsOf(scenario, productId);
  if (lots.length === 0) return null;
  return lot === undefined ? lots[0] : lots.find((l) => l.lot === lot);
}

/** How much of a product is on hand; Infinity when the scenario does not say (plenty). */
export function onHand(scenario: ResolvedEncounter, productId: string): number {
  return scenario.stock[productId]?.onHand ?? Number.POSITIVE_INFINITY;
}
