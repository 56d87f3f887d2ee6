import { describe, expect, it } from 'vitest';
import type { HintParams } from '../../../../src/core/engine/hintParams';
import { FINDING_CODES, STEPS } from '../../../../src/core/findings/codes';
import { BADGE_CODES } from '../../../../src/core/progress/badgeCodes';
import { PRIORITY_CODES } from '../../../../src/core/shift/priority';
import {
  renderDate,
  renderFeedback,
  renderFinding,
  renderHint,
  renderPriority,
  renderResult,
  renderSigProblem,
  renderSupplyProblem,
  wordsFor,
  type Language,
} from '../../../../src/core/wording';
import { FINDING_SAMPLES, HINT_SAMPLES, resultSamples, SIG_PROBLEM_SAMPLES, SUPPLY_PROBLEM_SAMPLES } from './samples';

/** Every sentence a language renders from the samples, each under a key that is the same in every language. */
function everything(language: Language): Map<string, string> {
  const out = new Map<string, string>();
  const words = wordsFor(language);
  resultSamples().forEach((result, i) => {
    out.set(`detail ${result.code} #${i}`, renderResult(result, language));
    const { what, why, how } = renderFeedback(result, language);
    out.set(`what ${result.code} #${i}`, what);
    out.set(`why ${result.code}`, why);
    out.set(`how ${result.code}`, how);
  });
  for (const code of FINDING_CODES) {
    FINDING_SAMPLES[code].forEach((params, i) =>
      out.set(`finding ${code} #${i}`, renderFinding({ code, params } as Parameters<typeof renderFinding>[0], language)),
    );
    out.set(`name ${code}`, words.findingNames[code]);
    out.set(`reason ${code}`, words.flagReasons[code]);
  }
  for (const step of STEPS) out.set(`step ${step}`, words.stepNames[step]);
  for (const code of Object.keys(HINT_SAMPLES) as (keyof HintParams)[])
    HINT_SAMPLES[code].forEach((params, i) =>
      out.set(`hint ${code} #${i}`, renderHint({ code, params } as Parameters<typeof renderHint>[0], language)),
    );
  for (const [code, samples] of Object.entries(SIG_PROBLEM_SAMPLES))
    samples.forEach((params, i) =>
      out.set(`sig ${code} #${i}`, renderSigProblem({ code, params } as Parameters<typeof renderSigProblem>[0], language)),
    );
  for (const [code, samples] of Object.entries(SUPPLY_PROBLEM_SAMPLES))
    samples.forEach((params, i) =>
      out.set(`supply ${code} #${i}`, renderSupplyProblem({ code, params } as Parameters<typeof renderSupplyProblem>[0], language)),
    );
  for (const code of PRIORITY_CODES) {
    const { what, why, how } = renderPriority({ code, params: { taken: 'Fridge tote', passedOver: 'Maria Lopez' } }, language);
    out.set(`priority what ${code}`, what);
    out.set(`priority why ${code}`, why);
    out.set(`priority how ${code}`, how);
  }
  for (const code of BADGE_CODES) {
    const { name, description, how } = words.badges[code];
    out.set(`badge name ${code}`, name);
    out.set(`badge description ${code}`, description);
    out.set(`badge how ${code}`, how);
  }
  const { refer, clinicalAnswers, generalAnswer } = words.replies;
  [...refer, ...clinicalAnswers, generalAnswer].forEach((reply, i) => out.set(`reply #${i}`, reply));
  return out;
}

/** The words of a sentence once quoted text (the student's, the author's, product names) is taken out. */
const ownWords = (text: string): string[] =>
  text
    .replace(/"[^"]*"/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

describe('the Spanish catalogue', () => {
  const spanish = everything('es');
  const english = everything('en');

  it('renders the same set of sentences as the English one', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leaves no {param} unfilled in any sentence', () => {
    for (const [key, text] of spanish) expect(text, key).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it('copies no English sentence longer than a few words', () => {
    const copies = [...spanish].filter(([key, text]) => ownWords(text).length > 4 && text === english.get(key));
    expect(copies).toEqual([]);
  });

  it('keeps the constructive shape: no feedback says only that something was wrong', () => {
    for (const result of resultSamples()) {
      const { what, why, how } = renderFeedback(result, 'es');
      expect(what, result.code).not.toMatch(/^incorrecto\.?$/i);
      expect(why.length, result.code).toBeGreaterThan(20);
      expect(how.length, result.code).toBeGreaterThan(10);
    }
  });

  it('writes dates out in full, so no reader takes the month for the day', () => {
    expect(renderDate('2026-12-03', 'es')).toBe('3 de diciembre de 2026');
    expect(renderDate('1961-07-19', 'es')).toBe('19 de julio de 1961');
    expect(renderDate('2026-12-03', 'en')).toBe('12/03/2026');
  });

  it('says counts in the singular and the plural', () => {
    const one = renderFinding({ code: 'CII_REFILLS', params: { refills: 1 } }, 'es');
    const two = renderFinding({ code: 'CII_REFILLS', params: { refills: 2 } }, 'es');
    expect(one).toContain('autoriza 1 resurtido.');
    expect(two).toContain('autoriza 2 resurtidos.');
  });
});
