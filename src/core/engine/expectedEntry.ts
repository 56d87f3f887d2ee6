import { daysSupply, type SupplyProblem } from '../rules/daysSupply';
import { writeOutDoNotUse } from '../rules/doNotUse';
import { parseSig, type ParsedSig, type SigError, type SigUnit } from '../rules/sig';
import type { DispenseUnit } from '../scenario/catalogSchema';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { RxEntry } from './actions';

/** The unit a sig means when it names none, given what the product is dispensed in. */
const SIG_UNIT_FOR: Partial<Record<DispenseUnit, SigUnit>> = {
  tablet: 'tablet',
  capsule: 'capsule',
  mL: 'mL',
  g: 'application',
  puff: 'puff',
  drop: 'drop',
  unit: 'unit',
};

/** Reads a sig the way the data-entry screen does for this product. */
export function readSig(text: string, unit: DispenseUnit | undefined): ParsedSig | SigError {
  const defaultUnit = unit === undefined ? undefined : SIG_UNIT_FOR[unit];
  return parseSig(text, defaultUnit === undefined ? {} : { defaultUnit });
}

/** The fields that decide a dose: two sigs that agree on these mean the same directions. */
const DOSE_FIELDS = ['timesPerDay', 'dose', 'doseMax', 'unit', 'asNeeded'] as const;

/** True when two parsed sigs give the same dose, unit and frequency, however they are worded. */
export function sameDirections(a: ParsedSig, b: ParsedSig): boolean {
  return DOSE_FIELDS.every((k) => a[k] === b[k]);
}

/** What the expert types on the data-entry screen; daysSupply is null when the rules cannot compute it. */
export interface ExpectedEntry extends Omit<RxEntry, 'daysSupply'> {
  daysSupply: number | null;
  /** Why the days' supply cannot be computed, when it cannot. */
  daysSupplyError?: SupplyProblem;
}

/** The rules' days' supply for this prescription, with insulin capped at each package's in-use life. */
export function expectedDaysSupply(scenario: ResolvedEncounter, rx: Prescription): number | { error: SupplyProblem } {
  const product = scenario.products.get(rx.product);
  if (product === undefined) return { error: { code: 'unknownProduct', params: { productId: rx.product } } };
  const { dropsPerMl, gramsPerApplication } = scenario.parameters;
  const insulin =
    product.inUseDays !== undefined
      ? { packageCount: Math.ceil(rx.quantity / (product.containerSize ?? product.packageSize)), inUseDays: product.inUseDays }
      : {};
  return daysSupply({ quantity: rx.quantity, unit: product.dispenseUnit, sig: rx.sig, dropsPerMl, gramsPerApplication, ...insulin });
}

/** Refills to enter: what is left on a refill request, everything authorised on a new prescription. */
export const expectedRefills = (rx: Prescription): number => (rx.request === 'refill' ? rx.refills - rx.refillsUsed : rx.refills);

/** The correct data entry for a prescription, straight from the prescription and the rules. */
export function expectedEntry(scenario: ResolvedEncounter, rx: Prescription): ExpectedEntry {
  const days = expectedDaysSupply(scenario, rx);
  return {
    productId: rx.product,
    // The expert writes do-not-use abbreviations out: "qd" is read, never typed back.
    sig: writeOutDoNotUse(rx.sig),
    quantity: rx.quantity,
    daysSupply: typeof days === 'number' ? days : null,
    ...(typeof days === 'number' ? {} : { daysSupplyError: days.error }),
    refills: expectedRefills(rx),
    daw: rx.daw,
  };
}
