import { describe, expect, it } from 'vitest';
import { buildDrill } from '../../../../src/core/drills/drill';
import { DRILL_TOPICS, type DrillChoiceParams, type DrillCode } from '../../../../src/core/drills/params';
import {
  drillTopicName,
  LANGUAGES,
  renderDrillChoice,
  renderDrillExplanation,
  renderDrillPrompt,
  renderDrillUnit,
  type Language,
} from '../../../../src/core/wording';
import { MANY_SEEDS, shippedCatalog } from '../drills/shippedCatalog';

/** Every question and choice code; typed as records so a new code must be listed here to compile. */
const CODES: Record<DrillCode, true> = {
  'supply.days': true,
  'supply.quantity': true,
  'sig.toWords': true,
  'sig.fromWords': true,
  'dea.checkDigit': true,
  'dea.verdict': true,
  'ndc.to11': true,
  'controlled.schedule': true,
  'controlled.refills': true,
  'names.generic': true,
  'names.brand': true,
  'names.lookAlike': true,
  'math.convert': true,
  'math.doseVolume': true,
};
const CHOICE_CODES: Record<keyof DrillChoiceParams, true> = {
  directions: true,
  sig: true,
  verdict: true,
  ndc: true,
  schedule: true,
  name: true,
  product: true,
};

const catalog = shippedCatalog();
const questions = MANY_SEEDS.flatMap((seed) => buildDrill({ seed, topics: DRILL_TOPICS }, catalog).questions);
/** "day" in each language, one and many; typed as a record so a new language must say it here. */
const DAY_WORDS: Record<Language, [string, string]> = { en: ['day', 'days'], es: ['día', 'días'] };
/** Signs a sentence was built from a missing or wrong value. */
const BROKEN = /undefined|NaN|null|\[object|\{|\}/;

describe('drills wording', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every question code has a prompt and a what / why / how, with no holes`, () => {
      const seen = new Set<string>();
      for (const q of questions) {
        seen.add(q.code);
        const prompt = renderDrillPrompt(q, language);
        expect(prompt, q.code).toMatch(/\?$/);
        expect(prompt, q.code).not.toMatch(BROKEN);
        const { what, why, how } = renderDrillExplanation(q, language);
        for (const text of [what, why, how]) {
          expect(text.length, q.code).toBeGreaterThan(10);
          expect(text, q.code).not.toMatch(BROKEN);
        }
      }
      expect([...seen].sort()).toEqual(Object.keys(CODES).sort());
    });

    it(`${language}: every choice code renders as distinct text within a question`, () => {
      const seen = new Set<string>();
      for (const q of questions) {
        if (q.answer.kind !== 'choice') continue;
        const texts = q.answer.choices.map((c) => {
          seen.add(c.code);
          return renderDrillChoice(c, language);
        });
        for (const t of texts) expect(t.trim(), q.code).not.toBe('');
        expect(new Set(texts).size, q.code).toBe(texts.length);
      }
      expect([...seen].sort()).toEqual(Object.keys(CHOICE_CODES).sort());
    });

    it(`${language}: names every topic and the units of typed answers`, () => {
      const names = DRILL_TOPICS.map((t) => drillTopicName(t, language));
      expect(new Set(names).size).toBe(DRILL_TOPICS.length);
      const [day, days] = DAY_WORDS[language];
      expect(renderDrillUnit('day', 1, language)).toBe(day);
      expect(renderDrillUnit('day', 30, language)).toBe(days);
      expect(renderDrillUnit('digit', 3, language)).toBe('');
    });
  }

  it('explains a days-supply answer with its working', () => {
    const q = questions.find((x) => x.code === 'supply.days' && x.params.form === 'drops')!;
    expect(renderDrillExplanation(q, 'en').what).toMatch(/drops per mL = \d+ drops; .* rounded down: \d+ days?\.$/);
  });
});
