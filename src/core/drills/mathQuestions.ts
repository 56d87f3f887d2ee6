/**
 * Pharmacy-math questions the core can check: household and metric conversions (the household
 * measures come from the sig reader's own table, so a teaspoon is 5 mL in both places) and the
 * volume of a dose from a liquid's mg per mL.
 */
import { isSigError, parseSig } from '../rules/sig';
import { productLabel } from '../rules/productNames';
import type { Product } from '../scenario/catalogSchema';
import type { DrillQuestion, MeasureUnit } from './params';
import { pick, pickAny, type Random } from './random';

/** Milligrams in one of each metric mass unit. */
const MG_IN: Record<'g' | 'mg' | 'mcg', number> = { g: 1000, mg: 1, mcg: 0.001 };

/** mL in one household measure, as the sig reader counts it ("1 tsp" → 5 mL). */
export function householdMl(unit: 'tsp' | 'tbsp' | 'floz'): number | undefined {
  const read = parseSig(`1 ${unit} po daily`);
  return isSigError(read) || read.unit !== 'mL' ? undefined : read.dose;
}

/** Rounds away float noise (0.1 × 3) without hiding a real fraction. */
const clean = (n: number): number => Number(n.toFixed(4));

/** The conversions asked, with amounts that give answers a technician would write. */
const CONVERSIONS: readonly { from: MeasureUnit; to: MeasureUnit; amounts: readonly number[] }[] = [
  { from: 'tsp', to: 'mL', amounts: [0.5, 1, 1.5, 2, 3] },
  { from: 'tbsp', to: 'mL', amounts: [1, 2, 3] },
  { from: 'floz', to: 'mL', amounts: [1, 2, 4, 8] },
  { from: 'mL', to: 'tsp', amounts: [2.5, 10, 15, 20] },
  { from: 'g', to: 'mg', amounts: [0.25, 0.5, 1, 1.5, 2] },
  { from: 'mg', to: 'g', amounts: [250, 500, 1500, 2000] },
  { from: 'mg', to: 'mcg', amounts: [0.025, 0.1, 0.125, 0.5] },
  { from: 'mcg', to: 'mg', amounts: [50, 125, 250, 500] },
];

/** How many `to` in one `from`, from the sig reader's household table or the metric prefixes. */
export function conversionFactor(from: MeasureUnit, to: MeasureUnit): number | undefined {
  const ml = (u: MeasureUnit): number | undefined =>
    u === 'mL' ? 1 : u === 'tsp' || u === 'tbsp' || u === 'floz' ? householdMl(u) : undefined;
  const mg = (u: MeasureUnit): number | undefined => (u === 'g' || u === 'mg' || u === 'mcg' ? MG_IN[u] : undefined);
  const [a, b] = ml(from) !== undefined ? [ml(from), ml(to)] : [mg(from), mg(to)];
  return a === undefined || b === undefined ? undefined : a / b;
}

/** "3 tsp = how many mL?", "0.125 mg = how many mcg?" */
export function convertQuestion(random: Random): DrillQuestion | undefined {
  const { from, to, amounts } = pick(random, CONVERSIONS);
  const amount = pick(random, amounts);
  const factor = conversionFactor(from, to);
  if (factor === undefined) return undefined;
  const result = clean(amount * factor);
  return {
    code: 'math.convert',
    topic: 'math',
    params: { amount, from, to, factor: clean(factor), result },
    answer: { kind: 'number', value: result, unit: to },
  };
}

/** A liquid's strength read from the catalog's "250 mg/5 mL", or undefined for anything else. */
export function liquidStrength(strength: string): { mg: number; ml: number } | undefined {
  const match = /^(\d+(?:\.\d+)?) mg\/(\d+(?:\.\d+)?) mL$/.exec(strength.trim());
  if (!match) return undefined;
  return { mg: Number(match[1]), ml: Number(match[2]) };
}

const VOLUMES = [2.5, 4, 5, 7.5, 10, 12.5, 15, 20] as const;

/** "The dose is 375 mg of amoxicillin 250 mg/5 mL: how many mL?" dose ÷ (mg per mL). */
export function doseVolumeQuestion(random: Random, products: readonly Product[]): DrillQuestion | undefined {
  const product = pickAny(
    random,
    products.filter((p) => p.dispenseUnit === 'mL' && liquidStrength(p.strength) !== undefined),
  );
  if (!product) return undefined;
  const strength = liquidStrength(product.strength);
  if (!strength) return undefined;
  const mgPerMl = strength.mg / strength.ml;
  const dose = clean(pick(random, VOLUMES) * mgPerMl);
  const volume = clean(dose / mgPerMl);
  return {
    code: 'math.doseVolume',
    topic: 'math',
    params: { product: productLabel(product), dose, strengthMg: strength.mg, strengthMl: strength.ml, mgPerMl: clean(mgPerMl), volume },
    answer: { kind: 'number', value: volume, unit: 'mL' },
  };
}
