/**
 * Controlled-substance questions (domain reference §3): the schedule is the catalog's, the
 * refill limit is the one the intake rules enforce.
 */
import { federalRefillLimit } from '../rules/controlled';
import { SCHEDULES, type Product, type Schedule } from '../scenario/catalogSchema';
import { choiceAnswer } from './choices';
import type { DrillChoice, DrillQuestion } from './params';
import { pickAny, type Random } from './random';

/** Every answer a schedule question can offer, in the order it lists them. */
const SCHEDULE_CHOICES: readonly DrillChoice[] = [...SCHEDULES, null].map((schedule: Schedule | null) => ({
  code: 'schedule',
  params: { schedule },
}));

const names = (p: Product): { generic: string; brand?: string } => ({
  generic: p.generic,
  ...(p.brand !== undefined ? { brand: p.brand } : {}),
});

/** "Which federal schedule is alprazolam (Xanax)?"; now and then a product that is not controlled at all. */
export function scheduleQuestion(random: Random, products: readonly Product[]): DrillQuestion | undefined {
  const controlled = random() < 0.8;
  const product = pickAny(
    random,
    products.filter((p) => (p.schedule !== null) === controlled),
  );
  if (!product) return undefined;
  const correct: DrillChoice = { code: 'schedule', params: { schedule: product.schedule } };
  const answer = choiceAnswer(random, correct, SCHEDULE_CHOICES, SCHEDULE_CHOICES);
  if (!answer) return undefined;
  return { code: 'controlled.schedule', topic: 'controlled', params: { ...names(product), schedule: product.schedule }, answer };
}

/** "How many refills may a prescription for oxycodone carry under federal law?" (C-II to C-IV, which have a number). */
export function refillQuestion(random: Random, products: readonly Product[]): DrillQuestion | undefined {
  const product = pickAny(
    random,
    products.filter((p) => p.schedule === 'II' || p.schedule === 'III' || p.schedule === 'IV'),
  );
  if (!product) return undefined;
  const schedule = product.schedule as 'II' | 'III' | 'IV';
  const max = federalRefillLimit(schedule);
  if (max === null) return undefined;
  return {
    code: 'controlled.refills',
    topic: 'controlled',
    params: { ...names(product), schedule, max },
    answer: { kind: 'number', value: max, unit: 'refill' },
  };
}
