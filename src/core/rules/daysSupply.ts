/**
 * Days' supply from quantity and sig (domain reference §5):
 * days = ⌊ quantity ÷ (amount per dose × doses per day) ⌋, with as-needed and range
 * orders counted at their largest dose and shortest interval.
 */
import type { Coded } from '../coded';
import { parseSig, type ParsedSig, type SigProblem, type SigUnit } from './sig';
import { normaliseSig } from './sigNormalise';

/** The unit a quantity is dispensed in (same list as the catalog's dispense units). */
export type SupplyUnit = 'tablet' | 'capsule' | 'mL' | 'g' | 'puff' | 'drop' | 'unit' | 'each';

/** What {@link daysSupply} needs to know about one prescription. */
export interface SupplyInput {
  /** Total dispensed across all packages, in `unit` (two 200-puff inhalers → 400). */
  quantity: number;
  unit: SupplyUnit;
  sig: string;
  /** Drops per mL when drops are dispensed by volume; a scenario parameter, 20 by default. */
  dropsPerMl?: number;
  /** Grams per topical application; a scenario parameter, 1 by default. */
  gramsPerApplication?: number;
  /** How many packages (vials, pens, inhalers) the quantity is split across; 1 by default. */
  packageCount?: number;
  /** Days a package may be used once opened (most insulin vials: 28); each package is capped at this. */
  inUseDays?: number;
}

const DEFAULT_DROPS_PER_ML = 20;
const DEFAULT_GRAMS_PER_APPLICATION = 1;
/** Float division can land a hair under a whole number (12 ÷ 6/7); this keeps 14 from flooring to 13. */
const EPSILON = 1e-9;

/** A number {@link daysSupply} was given that it cannot use. */
export type SupplyField = 'quantity' | 'dropsPerMl' | 'gramsPerApplication' | 'packageCount' | 'inUseDays';

/** Why a days' supply cannot be worked out, with what the wording needs to say so. */
export interface SupplyProblemParams {
  /** No quantity or no directions at all. */
  noInput: Record<string, never>;
  badNumber: { field: SupplyField; whole: boolean };
  /** "As directed": no daily amount. */
  asDirected: Record<string, never>;
  unreadableSig: { problem: SigProblem };
  /** A taper ("then"). */
  multiStep: Record<string, never>;
  noFrequency: Record<string, never>;
  unitMismatch: { sigUnit: SigUnit; supplyUnit: SupplyUnit };
  /** The prescription's product is not in the catalog, so there is no unit to count in. */
  unknownProduct: { productId: string };
}
/** One reason a days' supply cannot be worked out. */
export type SupplyProblem = Coded<SupplyProblemParams>;

/** The sig unit to assume when the directions name none ("1 po bid" on a tablet prescription). */
const DEFAULT_SIG_UNIT: Partial<Record<SupplyUnit, SigUnit>> = {
  tablet: 'tablet',
  capsule: 'capsule',
  mL: 'mL',
  g: 'application',
  puff: 'puff',
  drop: 'drop',
  unit: 'unit',
};

const COUNTABLE: ReadonlySet<SigUnit> = new Set(['tablet', 'capsule', 'suppository', 'patch', 'vial', 'lozenge']);

const AS_DIRECTED: { error: SupplyProblem } = { error: { code: 'asDirected', params: {} } };

/** True when the sig leans on "as directed" (ud, utd), which is never enough to count days. */
function saysAsDirected(sig: string): boolean {
  return normaliseSig(sig).tokens.some((t) => t === 'ud' || t === 'utd' || t === '~ud');
}

/** Eyes, ears and nostrils come in pairs: "OU" and "each nostril" double every dose. */
function sitesPerDose(sig: ParsedSig): number {
  return sig.site === 'both-eyes' || sig.site === 'both-ears' || sig.site === 'each-nostril' ? 2 : 1;
}

/** The dispensed quantity expressed in the sig's unit, or an error when the two cannot be compared. */
function quantityInSigUnits(rx: SupplyInput, sigUnit: SigUnit): number | { error: SupplyProblem } {
  const { quantity, unit } = rx;
  if (unit === 'mL' && sigUnit === 'drop') return quantity * (rx.dropsPerMl ?? DEFAULT_DROPS_PER_ML);
  if (unit === 'g' && sigUnit === 'application') return quantity / (rx.gramsPerApplication ?? DEFAULT_GRAMS_PER_APPLICATION);
  // Nasal sprays and inhalers are both counted in actuations.
  if (unit === 'puff' && sigUnit === 'spray') return quantity;
  if (unit === 'each' && COUNTABLE.has(sigUnit)) return quantity;
  if ((unit as string) === sigUnit) return quantity;
  return { error: { code: 'unitMismatch', params: { sigUnit, supplyUnit: unit } } };
}

function badNumber(value: number | undefined, field: SupplyField, whole = false): SupplyProblem | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) return { code: 'badNumber', params: { field, whole } };
  return undefined;
}

/**
 * Whole days the dispensed quantity lasts, rounded down but never below 1 (a claim cannot
 * carry 0 days, and any positive quantity covers at least the first day). Capped at the
 * sig's stated duration ("x10d": the course ends even if the bottle holds more) and, with
 * `inUseDays`, at each package's in-use life, summed over `packageCount` packages.
 * Returns `{ error }` with a coded problem when the sig gives no daily amount or the units differ.
 */
export function daysSupply(rx: SupplyInput): number | { error: SupplyProblem } {
  if (typeof rx !== 'object' || rx === null || typeof rx.quantity !== 'number' || typeof rx.sig !== 'string') {
    return { error: { code: 'noInput', params: {} } };
  }
  const problem =
    badNumber(rx.quantity, 'quantity') ??
    badNumber(rx.dropsPerMl, 'dropsPerMl') ??
    badNumber(rx.gramsPerApplication, 'gramsPerApplication') ??
    badNumber(rx.packageCount, 'packageCount', true) ??
    badNumber(rx.inUseDays, 'inUseDays');
  if (problem) return { error: problem };

  const sig = parseSig(rx.sig, { defaultUnit: DEFAULT_SIG_UNIT[rx.unit] });
  if ('error' in sig) {
    if (saysAsDirected(rx.sig)) return AS_DIRECTED;
    return { error: { code: 'unreadableSig', params: { problem: sig.error } } };
  }
  if (sig.multiStep) return { error: { code: 'multiStep', params: {} } };
  // A written daily ceiling ("max 2 per day") is the most the patient may use, so it alone gives a daily amount.
  if (sig.timesPerDay === undefined && sig.maxPerDay === undefined) {
    return sig.flags.includes('as-directed') ? AS_DIRECTED : { error: { code: 'noFrequency', params: {} } };
  }

  const total = quantityInSigUnits(rx, sig.unit);
  if (typeof total !== 'number') return total;

  const scheduled = sig.timesPerDay === undefined ? Infinity : (sig.doseMax ?? sig.dose) * sitesPerDose(sig) * sig.timesPerDay;
  const perDay = Math.min(scheduled, sig.maxPerDay ?? Infinity);
  const packages = rx.packageCount ?? 1;
  const perPackage = total / packages;
  const packageDays = rx.inUseDays === undefined ? perPackage / perDay : Math.min(perPackage / perDay, rx.inUseDays);
  let days = Math.floor(packageDays * packages + EPSILON);
  if (sig.durationDays !== undefined) days = Math.min(days, sig.durationDays);
  return Math.max(1, days);
}
