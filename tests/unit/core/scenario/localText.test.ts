import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../src/core/check/checkScenario';
import type { Result } from '../../../../src/core/engine/results';
import { loadEncounterText } from '../../../../src/core/scenario/load';
import { textIn } from '../../../../src/core/scenario/localText';
import { feedbackFor, renderFinding, renderHint } from '../../../../src/core/wording';
import { minimalEncounter, testCatalog } from './helpers';

const catalog = testCatalog();
const text = (changes: Record<string, unknown>) => JSON.stringify({ ...minimalEncounter(), ...changes }, null, 2);
const check = (changes: Record<string, unknown>) => checkScenario(text(changes), 'minimal-encounter.json', catalog);

describe('text in several languages', () => {
  it('picks the language asked for, else the English, else the first there is', () => {
    expect(textIn('Hello', 'es')).toBe('Hello');
    expect(textIn({ en: 'Hello', es: 'Hola' }, 'es')).toBe('Hola');
    expect(textIn({ en: 'Hello', es: 'Hola' }, 'en')).toBe('Hello');
    expect(textIn({ en: 'Hello' }, 'es')).toBe('Hello');
    expect(textIn({ es: 'Hola' }, 'en')).toBe('Hola');
  });

  it('loads a file whose title, lines and notes are maps of languages', () => {
    const r = loadEncounterText(
      text({
        title: { en: 'A clean lisinopril fill', es: 'Un surtido sencillo de lisinopril' },
        dialogue: { dropOff: [{ id: 'hello', text: { en: 'Good morning.', es: 'Buenos días.' } }] },
        intent: { teachingNotes: { count: { en: 'Count in fives.', es: 'Cuente de cinco en cinco.' } } },
      }),
      'x.json',
      catalog,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(textIn(r.value.title, 'es')).toBe('Un surtido sencillo de lisinopril');
    expect(textIn(r.value.dialogue.dropOff[0]!.text, 'es')).toBe('Buenos días.');
  });

  it('gives the teaching note in the language the feedback is rendered in', () => {
    const r = loadEncounterText(
      text({ intent: { teachingNotes: { count: { en: 'Count in fives.', es: 'Cuente de cinco en cinco.' } } } }),
      'x.json',
      catalog,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const result: Result = {
      code: 'count.wrong',
      params: { counted: 28, quantity: 30, unit: 'tablet' },
      step: 'count',
      rx: 'rx1',
      skill: 'accuracy',
      outcome: 'mistake',
      points: 0,
      maxPoints: 5,
      actionIndex: 7,
    };
    expect(feedbackFor(result, r.value, 'en').teachingNote).toBe('Count in fives.');
  });

  it('quotes a question in English in the English words, whatever else the author wrote', () => {
    const line = { en: 'Can I drink alcohol with this?', es: '¿Puedo tomar alcohol con esto?' };
    expect(renderHint({ code: 'question.dropoff', params: { line } }, 'en')).toContain('"Can I drink alcohol with this?"');
    expect(renderFinding({ code: 'CLINICAL_QUESTION', params: { line, stage: 'dropoff' } }, 'en')).toContain('"Can I drink alcohol');
  });
});

describe('the checker on text in several languages', () => {
  const messageAt = (changes: Record<string, unknown>, path: string) => check(changes).errors.find((e) => e.path === path);

  it('explains a number where text belongs, with an example of both forms', () => {
    const e = messageAt({ title: 42 }, 'title');
    expect(e?.message).toBe(
      'must be text in quotes, or the same text in each language, e.g. {"en": "Good morning", "es": "Buenos días"} — got 42',
    );
    expect(e?.line).toBe(5);
  });

  it('names the languages allowed for an unknown one, once', () => {
    const r = check({ title: { fr: 'Bonjour' } });
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['title.fr: unknown field "fr" — the fields allowed here are: en, es']);
  });

  it('refuses an empty map and an empty translation', () => {
    expect(messageAt({ title: {} }, 'title')?.message).toMatch(/^needs the text in at least one language/);
    expect(messageAt({ title: { en: 'Hi', es: '' } }, 'title.es')?.message).toBe('must not be empty: write something between the quotes');
  });

  it('is silent about a file written in one language only', () => {
    expect(check({}).warnings).toEqual([]);
    expect(check({ title: { es: 'Un surtido' } }).warnings).toEqual([]);
  });

  it('warns, at each text, when a file offers Spanish for some texts but not others', () => {
    const r = check({
      title: { en: 'A clean lisinopril fill', es: 'Un surtido sencillo de lisinopril' },
      learningObjectives: ['Enter a sig', { en: 'Count in fives', es: 'Contar de cinco en cinco' }],
      dialogue: { dropOff: [{ id: 'hello', text: { en: 'Good morning.' } }] },
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.path)).toEqual(['learningObjectives[0]', 'dialogue.dropOff[0].text']);
    expect(r.warnings[0]?.message).toBe(
      'this text has no Spanish ("es") version, though title has one: write it as {"en": "…", "es": "…"}, or a student playing in Spanish reads this one in another language',
    );
    expect(r.warnings[1]?.message).toMatch(
      /^this text has no Spanish \("es"\) version, though title has one: add "es": "…" beside the others/,
    );
    expect(r.warnings[1]?.line).toBeGreaterThan(5);
  });
});
