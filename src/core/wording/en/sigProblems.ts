import type { SupplyField, SupplyProblemParams, SupplyUnit } from '../../rules/daysSupply';
import type { SigProblemParams, SigUnit } from '../../rules/sig';
import { say, type Renderers } from '../catalogue';

/** Why the directions could not be read, as the data-entry screen says it. */
export const SIG_PROBLEMS: Renderers<SigProblemParams> = {
  empty: () => 'Type the directions, starting with the dose, for example "1 tab po bid".',
  asDirectedOnly: () => 'The directions only say "as directed", with no dose; ask the pharmacist to clarify them with the prescriber.',
  noDose: () => 'No dose found: say how much to take each time, for example "1 tab".',
  noDoseOrFrequency: () => 'No dose or frequency found: write how much and how often, for example "1 tab po bid".',
  unknownUnit: (p) => `"${p.word}" is not a dose unit the reader knows; use one such as tab, cap, mL, tsp, gtt, puff, unit or g.`,
  noUnit: () => 'No unit found: say what each dose is, for example "tab", "cap", "mL", "gtt" or "puffs".',
  badDose: () => 'The dose must be a number greater than zero.',
  notText: () => 'The directions must be text.',
  tooLong: (p) => `The directions are too long (over ${p.max} characters).`,
  unreadable: () => 'These directions could not be read; check the wording.',
};

const SUPPLY_WORDS: Record<SupplyUnit, string> = {
  tablet: 'tablets',
  capsule: 'capsules',
  mL: 'mL',
  g: 'grams',
  puff: 'puffs',
  drop: 'drops',
  unit: 'units',
  each: 'single items',
};

const SIG_WORDS: Record<SigUnit, string> = {
  tablet: 'tablets',
  capsule: 'capsules',
  mL: 'mL',
  drop: 'drops',
  puff: 'puffs',
  unit: 'units',
  application: 'applications',
  suppository: 'suppositories',
  patch: 'patches',
  mg: 'mg',
  mcg: 'mcg',
  spray: 'sprays',
  g: 'grams',
  vial: 'vials',
  lozenge: 'lozenges',
};

const FIELD_WORDS: Record<SupplyField, string> = {
  quantity: 'the quantity',
  dropsPerMl: 'drops per mL',
  gramsPerApplication: 'grams per application',
  packageCount: 'the package count',
  inUseDays: 'the in-use days',
};

/** Why a days' supply cannot be worked out, as a clause ("the directions …"). */
export const SUPPLY_PROBLEMS: Renderers<SupplyProblemParams> = {
  noInput: () => 'a quantity and directions are both needed to work out days supply',
  badNumber: (p) => `${FIELD_WORDS[p.field]} must be a ${p.whole ? 'whole ' : ''}number greater than zero`,
  asDirected: () => 'the directions do not say how much per day ("as directed"); ask for clarification before calculating days supply',
  unreadableSig: (p) => {
    const why = say(SIG_PROBLEMS, p.problem);
    return `the directions could not be read: ${why.charAt(0).toLowerCase()}${why.slice(1)}`;
  },
  multiStep: () => 'the directions change partway ("then"); work out each step\'s quantity and add the days together',
  noFrequency: () => 'the directions do not say how often to use the medicine, so a daily amount cannot be worked out',
  unknownProduct: (p) => `product ${p.productId} is not in the catalog`,
  unitMismatch: (p) =>
    `the directions are in ${SIG_WORDS[p.sigUnit]} but the quantity is in ${SUPPLY_WORDS[p.supplyUnit]}; make the sig and the quantity use the same unit before working out days supply`,
};
