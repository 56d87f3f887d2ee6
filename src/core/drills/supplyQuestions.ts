/**
 * Days' supply and quantity questions (domain reference §5): the sig and the quantity are
 * drawn at random, and the keyed answer is whatever daysSupply and the sig reader compute.
 */
import { productLabel } from '../rules/productNames';
import { daysSupply, type SupplyInput } from '../rules/daysSupply';
import { isSigError, parseSig, type ParsedSig } from '../rules/sig';
import type { Product } from '../scenario/catalogSchema';
import type { DrillQuestion, SupplyForm } from './params';
import { between, pick, pickAny, type Random } from './random';

/** Drops per mL the drills count with (domain §5 notes 15 in some sources; one value per drill). */
export const DRILL_DROPS_PER_ML = 20;

const SOLID_FREQUENCIES = ['daily', 'bid', 'tid', 'qid', 'q6h', 'q8h', 'q12h'] as const;
const LIQUID_DOSES = ['1 tsp', '2 tsp', '5 mL', '7.5 mL', '10 mL', '1 tbsp'] as const;
const LIQUID_FREQUENCIES = ['daily', 'bid', 'tid', 'qid', 'q8h', 'q12h'] as const;
const EYE_SITES = ['ou', 'od', 'os'] as const;
const EAR_SITES = ['au', 'ad', 'as'] as const;
const DROP_FREQUENCIES = ['daily', 'bid', 'tid', 'qid', 'qhs'] as const;
const INHALER_FREQUENCIES = ['daily', 'bid', 'qid', 'q4-6h prn sob', 'q6h prn wheezing'] as const;
const NASAL_FREQUENCIES = ['daily', 'bid'] as const;
const INSULIN_DOSES = [8, 10, 12, 15, 18, 20, 24, 25, 30, 36, 40, 50] as const;
const INSULIN_FREQUENCIES = ['daily', 'qhs', 'bid', 'tid ac'] as const;
const COURSE_DAYS = [5, 7, 10, 14, 30] as const;

/** Eyes, ears and nostrils come in pairs; the same rule daysSupply applies. */
const sitesOf = (sig: ParsedSig): number => (sig.site === 'both-eyes' || sig.site === 'both-ears' || sig.site === 'each-nostril' ? 2 : 1);

const isSolid = (p: Product): boolean => (p.dispenseUnit === 'tablet' || p.dispenseUnit === 'capsule') && p.packageSize >= 30;
const isLiquid = (p: Product): boolean => p.dispenseUnit === 'mL' && (p.form === 'oral-solution' || p.form === 'oral-suspension');

/** A tablet or capsule sig: "ii tabs po tid", "1 cap po q8h". */
function solidSig(random: Random, p: Product): string {
  const dose = pick(random, [1, 1, 2]);
  const roman = random() < 0.5;
  const word = p.dispenseUnit === 'capsule' ? 'cap' : 'tab';
  return `${roman ? 'i'.repeat(dose) : dose} ${word}${dose > 1 ? 's' : ''} po ${pick(random, SOLID_FREQUENCIES)}`;
}

/** A product, a sig and a quantity for one dosage form, with what daysSupply is told. */
function supplyCase(random: Random, form: SupplyForm, products: readonly Product[]): { product: Product; input: SupplyInput } | undefined {
  switch (form) {
    case 'solid': {
      const product = pickAny(random, products.filter(isSolid));
      if (!product) return undefined;
      const sig = solidSig(random, product);
      const parsed = parseSig(sig);
      if (isSigError(parsed) || parsed.timesPerDay === undefined) return undefined;
      // A few extra units teach rounding down: 45 tablets at 2 a day last 22 days, not 22.5.
      const perDay = parsed.dose * parsed.timesPerDay;
      const quantity = perDay * pick(random, COURSE_DAYS) + (random() < 0.4 ? between(random, 1, Math.max(1, perDay - 1)) : 0);
      return { product, input: { quantity, unit: product.dispenseUnit, sig } };
    }
    case 'liquid': {
      const product = pickAny(random, products.filter(isLiquid));
      if (!product) return undefined;
      const sig = `${pick(random, LIQUID_DOSES)} po ${pick(random, LIQUID_FREQUENCIES)}`;
      return { product, input: { quantity: product.packageSize, unit: 'mL', sig } };
    }
    case 'drops': {
      const product = pickAny(
        random,
        products.filter((p) => p.form === 'ophthalmic-solution' || p.form === 'otic-solution'),
      );
      if (!product) return undefined;
      const sites = product.form === 'otic-solution' ? EAR_SITES : EYE_SITES;
      const drops = between(random, 1, product.form === 'otic-solution' ? 4 : 2);
      const sig = `${drops} ${drops > 1 ? 'gtts' : 'gtt'} ${pick(random, sites)} ${pick(random, DROP_FREQUENCIES)}`;
      return { product, input: { quantity: product.packageSize, unit: 'mL', sig, dropsPerMl: DRILL_DROPS_PER_ML } };
    }
    case 'inhaler': {
      const product = pickAny(
        random,
        products.filter((p) => p.dispenseUnit === 'puff'),
      );
      if (!product) return undefined;
      const n = between(random, 1, 2);
      const sig =
        product.form === 'nasal-spray'
          ? `${n} spray${n > 1 ? 's' : ''} each nostril ${pick(random, NASAL_FREQUENCIES)}`
          : `${n} puff${n > 1 ? 's' : ''} inh ${pick(random, INHALER_FREQUENCIES)}`;
      return { product, input: { quantity: product.packageSize, unit: 'puff', sig } };
    }
    case 'insulin': {
      const product = pickAny(
        random,
        products.filter((p) => p.dispenseUnit === 'unit' && p.inUseDays !== undefined),
      );
      if (!product) return undefined;
      const sig = `${pick(random, INSULIN_DOSES)} units subq ${pick(random, INSULIN_FREQUENCIES)}`;
      const packages = product.containerSize === undefined ? 1 : Math.round(product.packageSize / product.containerSize);
      return {
        product,
        input: {
          quantity: product.packageSize,
          unit: 'unit',
          sig,
          packageCount: packages,
          ...(product.inUseDays ? { inUseDays: product.inUseDays } : {}),
        },
      };
    }
  }
}

/** "How many days does this last?" for one dosage form; the answer is daysSupply's. */
export function daysQuestion(random: Random, products: readonly Product[], form: SupplyForm): DrillQuestion | undefined {
  const found = supplyCase(random, form, products);
  if (!found) return undefined;
  const { product, input } = found;
  const days = daysSupply(input);
  const parsed = parseSig(input.sig);
  if (typeof days !== 'number' || isSigError(parsed) || parsed.timesPerDay === undefined) return undefined;
  const perDose = parsed.doseMax ?? parsed.dose;
  const sites = sitesOf(parsed);
  const perDay = perDose * sites * parsed.timesPerDay;
  const total = input.quantity * (input.dropsPerMl ?? 1);
  const packages = input.packageCount ?? 1;
  return {
    code: 'supply.days',
    topic: 'supply',
    params: {
      form,
      product: productLabel(product),
      sig: input.sig,
      quantity: input.quantity,
      unit: input.unit,
      ...(input.dropsPerMl !== undefined ? { dropsPerMl: input.dropsPerMl } : {}),
      ...(input.inUseDays !== undefined ? { inUseDays: input.inUseDays, packages } : {}),
      perDose,
      doseUnit: parsed.unit,
      timesPerDay: parsed.timesPerDay,
      sites,
      perDay,
      total,
      days,
      capped: input.inUseDays !== undefined && total / packages / perDay > input.inUseDays,
    },
    answer: { kind: 'number', value: days, unit: 'day' },
  };
}

/** "How many to dispense for N days?" (tablets, capsules, liquids): dose × doses a day × days, checked back with daysSupply. */
export function quantityQuestion(random: Random, products: readonly Product[]): DrillQuestion | undefined {
  const liquid = random() < 0.4;
  const product = pickAny(random, products.filter(liquid ? isLiquid : isSolid));
  if (!product) return undefined;
  const sig = liquid ? `${pick(random, LIQUID_DOSES)} po ${pick(random, LIQUID_FREQUENCIES)}` : solidSig(random, product);
  const parsed = parseSig(sig);
  if (isSigError(parsed) || parsed.timesPerDay === undefined) return undefined;
  const days = pick(random, COURSE_DAYS);
  const perDose = parsed.doseMax ?? parsed.dose;
  const perDay = perDose * parsed.timesPerDay;
  const quantity = perDay * days;
  // The quantity must give back exactly the days asked for, or the question would contradict the rule.
  if (daysSupply({ quantity, unit: product.dispenseUnit, sig }) !== days) return undefined;
  return {
    code: 'supply.quantity',
    topic: 'supply',
    params: {
      product: productLabel(product),
      sig,
      days,
      unit: product.dispenseUnit,
      perDose,
      timesPerDay: parsed.timesPerDay,
      perDay,
      quantity,
    },
    answer: { kind: 'number', value: quantity, unit: product.dispenseUnit },
  };
}

/** The dosage forms a days'-supply question is drawn from. */
export const SUPPLY_FORMS: readonly SupplyForm[] = ['solid', 'liquid', 'drops', 'inhaler', 'insulin'];
