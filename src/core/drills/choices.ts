import type { DrillAnswer, DrillChoice } from './params';
import { shuffle, type Random } from './random';

/** Most choices a question offers: the keys A–D (or 1–4) pick one. */
export const MAX_CHOICES = 4;

/** True when two choices would read the same (same code and params), so a set never offers one twice. */
export function sameChoice(a: DrillChoice, b: DrillChoice): boolean {
  return a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);
}

/**
 * A multiple-choice answer: the right choice among up to three distinct wrong ones, in a seeded
 * order, or sorted as in `order` for lists with a natural order (schedules C-II to C-V).
 * Undefined when fewer than two distinct wrong choices exist: a one-in-two guess is no drill.
 */
export function choiceAnswer(
  random: Random,
  correct: DrillChoice,
  wrong: readonly DrillChoice[],
  order?: readonly DrillChoice[],
): DrillAnswer | undefined {
  const distinct: DrillChoice[] = [];
  for (const c of shuffle(random, wrong)) {
    if (!sameChoice(c, correct) && !distinct.some((d) => sameChoice(d, c))) distinct.push(c);
    if (distinct.length === MAX_CHOICES - 1) break;
  }
  if (distinct.length < 2) return undefined;
  const all = [correct, ...distinct];
  const rank = (c: DrillChoice): number => order?.findIndex((o) => sameChoice(o, c)) ?? 0;
  const choices = order ? all.sort((a, b) => rank(a) - rank(b)) : shuffle(random, all);
  return { kind: 'choice', choices, correct: choices.findIndex((c) => sameChoice(c, correct)) };
}
