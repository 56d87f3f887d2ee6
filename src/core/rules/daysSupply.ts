/**
 * Days' supply from quantity and sig (domain reference §5):
 * days = ⌊ quantity ÷ (amount per dose × doses per day) ⌋, with as-needed and range
 * orders counted at their largest dose and shortest interval.
 */
import { parseSig, type ParsedSig, type SigUnit } from './sig';
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

const SUPPLY_WORDS: Record<SupplyUnit, string> = {
  tablet: 'tablets', capsule: 'capsules', mL: 'mL', g: 'grams', puff: 'puffs', drop: 'drops', unit: 'units', each: 'single items',
};

const SIG_WORDS: Record<SigUnit, string> = {
  tablet: 'tablets', capsule: 'capsules', mL: 'mL', drop: 'drops', puff: 'puffs', unit: 'units', application: 'applications',
  suppository: 'suppositories', patch: 'patches', mg: 'mg', mcg: 'mcg', spray: 'sprays', g: 'grams', vial: 'vials', lozenge: 'lozenges',
};

/** The sig unit to assume when the directions name none ("1 po bid" on a tablet prescription). */
const DEFAULT_SIG_UNIT: Partial<Record<SupplyUnit, SigUnit>> = {
  tablet: 'tablet', capsule: 'capsule', mL: 'mL', g: 'application', puff: 'puff', drop: 'drop', unit: 'unit',
};

const COUNTABLE: ReadonlySet<SigUnit> = new Set(['tablet', 'capsule', 'suppository', 'patch', 'vial', 'lozenge']);

const AS_DIRECTED = 'the directions do not say how much per day ("as directed"); ask for clarification before calculating days supply';

/** True when the sig leans on "as directed" (ud, utd), which is never enough to count days. */
function saysAsDirected(sig: string): boolean {
  return normaliseSig(sig).tokens.some((t) => t === 'ud' || t === 'utd' || t === '~ud');
}

/** Eyes, ears and nostrils come in pairs: "OU" and "each nostril" double every dose. */
function sitesPerDose(sig: ParsedSig): number {
  return sig.site === 'both eyes' || sig.site === 'both ears' || sig.site === 'each nostril' ? 2 : 1;
}

/** The dispensed quantity expressed in the sig's unit, or an error when the two cannot be compared. */
function quantityInSigUnits(rx: SupplyInput, sigUnit: SigUnit): number | { error: string } {
  const { quantity, unit } = rx;
  if (unit === 'mL' && sigUnit === 'drop') return quantity * (rx.dropsPerMl ?? DEFAULT_DROPS_PER_ML);
  if (unit === 'g' && sigUnit === 'application') return quantity / (rx.gramsPerApplication ?? DEFAULT_GRAMS_PER_APPLICATION);
  // Nasal sprays and inhalers are both counted in actuations.
  if (unit === 'puff' && sigUnit === 'spray') return quantity;
  if (unit === 'each' && COUNTABLE.has(sigUnit)) return quantity;
  if ((unit as string) === sigUnit) return quantity;
  return {
    error: `the directions are in ${SIG_WORDS[sigUnit]} but the quantity is in ${SUPPLY_WORDS[unit]}; `
      + 'make the sig and the quantity use the same unit before working out days supply',
  };
}

function badNumber(value: number | undefined, name: string, integer = false): string | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    return `${name} must be a ${integer ? 'whole ' : ''}number greater than zero`;
  }
  return undefined;
}

/**
 * Whole days the dispensed quantity lasts, rounded down but never below 1 (a claim cannot
 * carry 0 days, and any positive quantity covers at least the first day). Capped at the
 * sig's stated duration ("x10d": the course ends even if the bottle holds more) and, with
 * `inUseDays`, at each package's in-use life, summed over `packageCount` packages.
 * Returns `{ error }` in plain words when the sig gives no daily amount or the units differ.
 */
export function daysSupply(rx: SupplyInput): number | { error: string } {
  if (typeof rx !== 'object' || rx === null || typeof rx.quantity !== 'number' || typeof rx.sig !== 'string') {
    return { error: 'a quantity and directions are both needed to work out days supply' };
  }
  const problem = badNumber(rx.quantity, 'the quantity')
    ?? badNumber(rx.dropsPerMl, 'drops per mL')
    ?? badNumber(rx.gramsPerApplication, 'grams per application')
    ?? badNumber(rx.packageCount, 'the package count', true)
    ?? badNumber(rx.inUseDays, 'the in-use days');
  if (problem) return { error: problem };

  const sig = parseSig(rx.sig, { defaultUnit: DEFAULT_SIG_UNIT[rx.unit] });
  if ('error' in sig) {
    if (saysAsDirected(rx.sig)) return { error: AS_DIRECTED };
    return { error: `the directions could not be read: ${sig.error.charAt(0).toLowerCase()}${sig.error.slice(1)}` };
  }
  if (sig.multiStep) {
    return { error: 'the directions change partway ("then"); work out each step\'s quantity and add the days together' };
  }
  if (sig.timesPerDay === undefined) {
    return sig.flags.includes('as-directed')
      ? { error: AS_DIRECTED }
      : { error: 'the directions do not say how often to use the medicine, so a daily amount cannot be worked out' };
  }

  const total = quantityInSigUnits(rx, sig.unit);
  if (typeof total !== 'number') return total;

  const perDay = (sig.doseMax ?? sig.dose) * sitesPerDose(sig) * sig.timesPerDay;
  const packages = rx.packageCount ?? 1;
  const perPackage = total / packages;
  const packageDays = rx.inUseDays === undefined ? perPackage / perDay : Math.min(perPackage / perDay, rx.inUseDays);
  let days = Math.floor(packageDays * packages + EPSILON);
  if (sig.durationDays !== undefined) days = Math.min(days, sig.durationDays);
  return Math.max(1, days);
}
