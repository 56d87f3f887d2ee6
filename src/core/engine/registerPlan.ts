import type { ResolvedEncounter } from '../scenario/resolve';
import { productOf } from '../scenario/resolve';

/** What the register knows about the bags being collected. */
export interface RegisterFacts {
  /** What the bags' copays add up to, in dollars. */
  total: number;
  /** What the register screen shows. */
  shown: number;
  /** True when the screen's total is not what the bags add up to: a catch. */
  mismatch: boolean;
  /** True when a bag holds a controlled substance and the state requires photo ID to collect it. */
  idNeeded: boolean;
}

/** Dollars to whole cents, so totals compare without floating-point edges. */
export const cents = (dollars: number): number => Math.round(dollars * 100);

/** The register's facts for these bagged prescriptions, or null when the scenario has no register step. */
export function registerFacts(scenario: ResolvedEncounter, bagged: readonly string[]): RegisterFacts | null {
  const register = scenario.register;
  if (register === undefined) return null;
  const bags = scenario.prescriptions.filter((p) => bagged.includes(p.id));
  const total = cents(bags.reduce((sum, p) => sum + (p.copay ?? 0), 0)) / 100;
  const shown = register.shownTotal ?? total;
  const controlled = bags.some((p) => productOf(scenario, p.product).schedule !== null);
  return { total, shown, mismatch: cents(shown) !== cents(total), idNeeded: controlled && scenario.parameters.photoIdForControlledPickup };
}
