/**
 * Reads a typed or pressed answer and checks it against the keyed one. A number may carry its
 * unit ("30", "30 days", "7.5 mL"); a different unit is wrong, not ignored. A choice is its
 * letter or its number ("b", "B", "2").
 */
import type { DrillQuestion, DrillUnit } from './params';

/** The unit words a typed answer may end with, per answer unit (lower case). */
const UNIT_WORDS: Record<DrillUnit, readonly string[]> = {
  day: ['day', 'days', 'd'],
  tablet: ['tablet', 'tablets', 'tab', 'tabs'],
  capsule: ['capsule', 'capsules', 'cap', 'caps'],
  mL: ['ml'],
  g: ['g', 'gram', 'grams'],
  puff: ['puff', 'puffs', 'actuation', 'actuations'],
  drop: ['drop', 'drops', 'gtt', 'gtts'],
  unit: ['unit', 'units'],
  each: [],
  digit: [],
  refill: ['refill', 'refills'],
  mg: ['mg'],
  mcg: ['mcg'],
  tsp: ['tsp', 'teaspoon', 'teaspoons', 'teaspoonful', 'teaspoonfuls'],
  tbsp: ['tbsp', 'tablespoon', 'tablespoons'],
  floz: ['fl oz', 'floz', 'oz'],
};

/** Letters that pick a choice, in order. */
export const CHOICE_KEYS = ['A', 'B', 'C', 'D'] as const;

/** The number in a typed answer, or undefined when it is not a number (or carries another unit). */
export function readNumber(typed: string, unit: DrillUnit): number | undefined {
  const text = typed
    .trim()
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(.*)$/.exec(text);
  if (!match) return undefined;
  const word = (match[2] ?? '').trim().replace(/\.$/, '');
  if (word !== '' && !UNIT_WORDS[unit].includes(word)) return undefined;
  return Number(match[1]);
}

/** The choice a key or typed answer picks (0-based), or undefined. */
export function readChoice(typed: string, count: number): number | undefined {
  const t = typed.trim().toUpperCase();
  const byLetter = CHOICE_KEYS.indexOf(t as (typeof CHOICE_KEYS)[number]);
  const index = byLetter >= 0 ? byLetter : /^[1-4]$/.test(t) ? Number(t) - 1 : -1;
  return index >= 0 && index < count ? index : undefined;
}

/** True when the answer is the keyed one; numbers agree to 0.01 (a dose of 7.5 mL is 7.50 mL). */
export function isRightAnswer(question: DrillQuestion, typed: string): boolean {
  const { answer } = question;
  if (answer.kind === 'choice') return readChoice(typed, answer.choices.length) === answer.correct;
  const n = readNumber(typed, answer.unit);
  return n !== undefined && Math.abs(n - answer.value) < 0.005;
}
