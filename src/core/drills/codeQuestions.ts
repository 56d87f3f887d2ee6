/**
 * DEA and NDC questions (domain reference §1, §2). The keyed answers come from checkDea,
 * deaCheckDigit and toNdc11, never from how the question was built.
 */
import { checkDea, deaCheckDigit, DEA_NON_PRESCRIBER_PREFIXES, DEA_PRESCRIBER_PREFIXES } from '../rules/dea';
import { ndcBilling, ndcLayout, toNdc11 } from '../rules/ndc';
import type { Product } from '../scenario/catalogSchema';
import { choiceAnswer } from './choices';
import type { DeaSum, DeaVerdict, DrillChoice, DrillQuestion } from './params';
import { between, pick, pickAny, type Random } from './random';

/** Prescribers' last names for DEA questions; only their first letter matters to the rule. */
const LAST_NAMES = [
  'Abbott',
  'Brennan',
  'Chen',
  'Delgado',
  'Edwards',
  'Fischer',
  'Gupta',
  'Hughes',
  'Kowalski',
  'Lindqvist',
  'Moreno',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Sorensen',
  'Tran',
  'Walsh',
];

/** The verdicts, in the order every DEA question lists them. */
export const DEA_VERDICTS: readonly DeaVerdict[] = ['valid', 'checksum', 'last-name', 'prefix'];

/** The sum behind the check digit of six serial digits, with the digit deaCheckDigit expects. */
export function deaSum(digits: string): DeaSum {
  const d = Array.from(digits, Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0);
  return { odd, even, total: odd + 2 * even, expected: deaCheckDigit(digits) };
}

const serial = (random: Random): string => Array.from({ length: 6 }, () => String(between(random, 0, 9))).join('');
const letterOf = (name: string): string => name.charAt(0).toUpperCase();

/** "What is the check digit of AB123456_?" */
export function checkDigitQuestion(random: Random): DrillQuestion {
  const letters = pick(random, DEA_PRESCRIBER_PREFIXES) + letterOf(pick(random, LAST_NAMES));
  const digits = serial(random);
  const sum = deaSum(digits);
  return {
    code: 'dea.checkDigit',
    topic: 'codes',
    params: { letters, digits, sum },
    answer: { kind: 'number', value: sum.expected, unit: 'digit' },
  };
}

/** "Dr. Patel's DEA number is FP1234563: valid, or which check fails?" One fault at most is planted; checkDea keys the answer. */
export function deaVerdictQuestion(random: Random): DrillQuestion | undefined {
  const lastName = pick(random, LAST_NAMES);
  const digits = serial(random);
  const sum = deaSum(digits);
  const plant = pick(random, DEA_VERDICTS);
  const prefix = plant === 'prefix' ? pick(random, [...DEA_NON_PRESCRIBER_PREFIXES, 'Z', 'K']) : pick(random, DEA_PRESCRIBER_PREFIXES);
  const others = 'ABCDEFGHJKLMNPRSTWXZ'.split('').filter((l) => l !== letterOf(lastName));
  // '9' (registered under a business address) matches any name, so it appears among the valid ones.
  const nameLetter = plant === 'last-name' ? pick(random, others) : random() < 0.15 ? '9' : letterOf(lastName);
  const written = plant === 'checksum' ? (sum.expected + between(random, 1, 9)) % 10 : sum.expected;
  const dea = `${prefix}${nameLetter}${digits}${written}`;
  const check = checkDea(dea, lastName);
  const verdict = check.problems[0] ?? 'valid';
  if (verdict === 'format' || check.problems.length > 1) return undefined;
  const choices = DEA_VERDICTS.map((v): DrillChoice => ({ code: 'verdict', params: { verdict: v } }));
  return {
    code: 'dea.verdict',
    topic: 'codes',
    params: { dea, lastName, verdict, sum, written },
    answer: { kind: 'choice', choices, correct: DEA_VERDICTS.indexOf(verdict) },
  };
}

/** A string of digits as a hyphenated 5-4-2 code. */
const as542 = (digits: string): string => `${digits.slice(0, 5)}-${digits.slice(5, 9)}-${digits.slice(9)}`;

/** "What is the 11-digit NDC of 0002-7597-01?": the wrong choices put the zero in another place. */
export function ndcQuestion(random: Random, products: readonly Product[]): DrillQuestion | undefined {
  const product = pickAny(
    random,
    products.filter((p) => {
      const layout = ndcLayout(p.ndc);
      return layout !== null && layout !== '5-4-2';
    }),
  );
  if (!product) return undefined;
  const layout = ndcLayout(product.ndc);
  const ndc11 = toNdc11(product.ndc);
  const billing = ndcBilling(product.ndc);
  if (layout === null || layout === '5-4-2' || ndc11 === null || billing === null) return undefined;
  const digits = product.ndc.replace(/-/g, '');
  const padded = (at: number): DrillChoice => ({ code: 'ndc', params: { ndc: as542(digits.slice(0, at) + '0' + digits.slice(at)) } });
  // The wrong choices are the same ten digits with the zero anywhere else (in front of another segment, at the end, inside one).
  const wrong = Array.from({ length: digits.length + 1 }, (_, at) => padded(at));
  const answer = choiceAnswer(random, { code: 'ndc', params: { ndc: ndc11 } }, wrong);
  if (!answer) return undefined;
  return { code: 'ndc.to11', topic: 'codes', params: { ndc: product.ndc, layout, ndc11, billing }, answer };
}
