/**
 * A drill: ten questions built from a seed and a topic mix. The same seed and topics give the
 * same questions on every machine, so a class can share a seed and compare.
 */
import type { CatalogIndex } from '../scenario/catalogIndex';
import type { Product } from '../scenario/catalogSchema';
import { checkDigitQuestion, deaVerdictQuestion, ndcQuestion } from './codeQuestions';
import { refillQuestion, scheduleQuestion } from './controlledQuestions';
import { doseVolumeQuestion, convertQuestion } from './mathQuestions';
import { brandQuestion, genericQuestion, lookAlikeQuestion } from './nameQuestions';
import { DRILL_TOPICS, type DrillQuestion, type DrillTopic } from './params';
import { pick, randomFor, shuffle, type Random } from './random';
import { fromWordsQuestion, toWordsQuestion } from './sigQuestions';
import { daysQuestion, quantityQuestion, SUPPLY_FORMS } from './supplyQuestions';

/** Questions in one drill. */
export const DRILL_LENGTH = 10;

/** What a drill is built from: the seed the class shares and the topics chosen. */
export interface DrillSetup {
  seed: string;
  topics: readonly DrillTopic[];
}

/** A built drill. */
export interface Drill {
  /** The seed as normalised: the one to share. */
  seed: string;
  topics: DrillTopic[];
  questions: DrillQuestion[];
}

type Maker = (random: Random, products: readonly Product[]) => DrillQuestion | undefined;

/** Every kind of question, by topic. */
const MAKERS: Record<DrillTopic, readonly Maker[]> = {
  supply: [
    ...SUPPLY_FORMS.map(
      (form): Maker =>
        (r, p) =>
          daysQuestion(r, p, form),
    ),
    quantityQuestion,
  ],
  sig: [toWordsQuestion, fromWordsQuestion],
  codes: [checkDigitQuestion, deaVerdictQuestion, ndcQuestion],
  controlled: [scheduleQuestion, refillQuestion],
  names: [genericQuestion, brandQuestion, lookAlikeQuestion],
  math: [convertQuestion, doseVolumeQuestion],
};

/** Tries per question before a topic is given up on (a catalog may lack, say, eye drops). */
const ATTEMPTS = 40;

/** A seed as typed, made shareable: surrounding spaces dropped and letters upper-cased, so "abc 1" and "ABC 1" agree. */
export function normaliseSeed(seed: string): string {
  return seed.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** The chosen topics in menu order, or all of them when none is chosen. */
export function drillTopics(topics: readonly DrillTopic[]): DrillTopic[] {
  const chosen = DRILL_TOPICS.filter((t) => topics.includes(t));
  return chosen.length > 0 ? chosen : [...DRILL_TOPICS];
}

const keyOf = (q: DrillQuestion): string => `${q.code}:${JSON.stringify(q.params)}`;

/**
 * Builds the drill for a seed: each chosen topic gets its share of the ten questions (in a
 * seeded order), no question repeats, and every keyed answer is what the rules compute.
 */
export function buildDrill(setup: DrillSetup, catalog: CatalogIndex): Drill {
  const seed = normaliseSeed(setup.seed);
  const topics = drillTopics(setup.topics);
  const random = randomFor(`${seed}|${topics.join(',')}`);
  const products = [...catalog.products.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const slots: DrillTopic[] = [];
  while (slots.length < DRILL_LENGTH) slots.push(...shuffle(random, topics));
  const plan = shuffle(random, slots.slice(0, DRILL_LENGTH));

  const questions: DrillQuestion[] = [];
  const seen = new Set<string>();
  for (const topic of plan) {
    const made = makeOne(random, products, [topic], seen) ?? makeOne(random, products, DRILL_TOPICS, seen);
    if (made) {
      seen.add(keyOf(made));
      questions.push(made);
    }
  }
  return { seed, topics, questions };
}

/** One new question from the topics given, or undefined after ATTEMPTS tries. */
function makeOne(
  random: Random,
  products: readonly Product[],
  topics: readonly DrillTopic[],
  seen: ReadonlySet<string>,
): DrillQuestion | undefined {
  for (let i = 0; i < ATTEMPTS; i += 1) {
    const made = pick(random, MAKERS[pick(random, topics)])(random, products);
    if (made && !seen.has(keyOf(made))) return made;
  }
  return undefined;
}
