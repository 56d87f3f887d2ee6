import { daysBetween } from '../rules/calendar';
import type { Prescription, ShortageResolution } from '../scenario/encounterSchema';
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

/** A prescription the shelf cannot fill in full, with what the scenario says is right and how much is there. */
export interface Shortage {
  resolution: ShortageResolution;
  onHand: number;
  owed: number;
}

/** The shortage on this prescription, or null when the shelf holds enough (stock not given means plenty). */
export function shortageOf(scenario: ResolvedEncounter, rx: Prescription): Shortage | null {
  const have = onHand(scenario, rx.product);
  if (have >= rx.quantity) return null;
  // Without the author's word a short shelf is a partial fill: the usual first choice when some is there.
  return { resolution: rx.shortage?.resolution ?? 'partialFill', onHand: have, owed: rx.quantity - have };
}

/** True when the pharmacist takes this prescription over because of a shortage (ordered for tomorrow or transferred). */
export function shortageHolds(scenario: ResolvedEncounter, rx: Prescription): boolean {
  const short = shortageOf(scenario, rx);
  return short !== null && short.resolution !== 'partialFill';
}

/** What goes in the vial: the prescribed quantity, or what is on hand when the pharmacist settles for a partial fill. */
export function quantityToFill(scenario: ResolvedEncounter, rx: Prescription): number {
  const short = shortageOf(scenario, rx);
  return short === null ? rx.quantity : short.onHand;
}
