import { describe, expect, it } from 'vitest';
import type { HintParams } from '../../../../src/core/engine/hintParams';
import { RESULT_CODES } from '../../../../src/core/engine/resultCodes';
import { FINDING_CODES, STEPS, type FindingCode } from '../../../../src/core/findings/codes';
import { BADGE_CODES } from '../../../../src/core/progress/badgeCodes';
import {
  flagReasonList,
  LANGUAGES,
  renderFeedback,
  renderFinding,
  renderHint,
  renderResult,
  renderSigProblem,
  renderSupplyProblem,
  wordsFor,
  type Catalogue,
} from '../../../../src/core/wording';
import { FINDING_SAMPLES, HINT_SAMPLES, resultSamples, SIG_PROBLEM_SAMPLES, SUPPLY_PROBLEM_SAMPLES } from './samples';

/** A rendered sentence with every param filled in: nothing left over from a template or a missing value. */
function expectFilled(text: string, what: string): void {
  expect(text.trim(), what).not.toBe('');
  expect(text, what).not.toMatch(/undefined|null|NaN|\[object|\{|\}|\u0000/);
  expect(text, what).not.toMatch(/ {2}|^ | $/);
}

describe.each(LANGUAGES)('the %s catalogue', (language) => {
  const words = wordsFor(language);

  it('offers at least two ways to refer a question, tempting answers to a clinical one, and a plain answer, all distinct', () => {
    const { refer, clinicalAnswers, generalAnswer } = words.replies;
    expect(refer.length).toBeGreaterThanOrEqual(2);
    expect(clinicalAnswers.length).toBeGreaterThanOrEqual(1);
    const all = [...refer, ...clinicalAnswers, generalAnswer];
    for (const reply of all) expect(reply.trim().length, reply).toBeGreaterThan(3);
    expect(new Set(all).size).toBe(all.length);
  });

  it('renders every finding code, in every variant, as a sentence with its params filled', () => {
    for (const code of FINDING_CODES) {
      const samples = FINDING_SAMPLES[code];
      expect(samples.length, code).toBeGreaterThan(0);
      for (const params of samples) {
        const text = renderFinding({ code, params } as Parameters<typeof renderFinding>[0], language);
        expectFilled(text, code);
        expect(text, code).toMatch(/[.]$/);
      }
    }
  });

  it('renders every result code as a detail, and its what / why / how, with the params filled', () => {
    const samples = resultSamples();
    expect(new Set(samples.map((s) => s.code))).toEqual(new Set(RESULT_CODES));
    for (const result of samples) {
      expectFilled(renderResult(result, language), result.code);
      const { what, why, how } = renderFeedback(result, language);
      for (const [part, text] of Object.entries({ what, why, how })) expectFilled(text, `${result.code}.${part}`);
    }
  });

  it('renders every hint code with its params filled', () => {
    for (const code of Object.keys(HINT_SAMPLES) as (keyof HintParams)[]) {
      for (const params of HINT_SAMPLES[code])
        expectFilled(renderHint({ code, params } as Parameters<typeof renderHint>[0], language), code);
    }
  });

  it("says why a sig or a days' supply cannot be read, for every problem code", () => {
    for (const [code, samples] of Object.entries(SIG_PROBLEM_SAMPLES)) {
      for (const params of samples)
        expectFilled(renderSigProblem({ code, params } as Parameters<typeof renderSigProblem>[0], language), code);
    }
    for (const [code, samples] of Object.entries(SUPPLY_PROBLEM_SAMPLES)) {
      for (const params of samples)
        expectFilled(renderSupplyProblem({ code, params } as Parameters<typeof renderSupplyProblem>[0], language), code);
    }
  });

  it('names every finding code and every step, and offers every finding as a flag reason once', () => {
    for (const code of FINDING_CODES) {
      expectFilled(words.findingNames[code], code);
      expectFilled(words.flagReasons[code], code);
    }
    for (const step of STEPS) expectFilled(words.stepNames[step], step);
    const reasons = flagReasonList(language);
    expect(reasons.map(([code]) => code).sort()).toEqual([...FINDING_CODES].sort());
    expect(reasons.map(([, text]) => text)).toEqual(reasons.map(([, text]) => text).sort((a, b) => a.localeCompare(b, language)));
  });

  it('names every badge, says what it stands for and how to earn it, each name distinct', () => {
    const names = BADGE_CODES.map((code) => {
      const badge = words.badges[code];
      for (const text of [badge.name, badge.description, badge.how]) expectFilled(text, code);
      return badge.name;
    });
    expect(new Set(names).size).toBe(BADGE_CODES.length);
  });
});

describe("the catalogue's types", () => {
  it('refuse a catalogue that lacks words for a code', () => {
    const { RX_EXPIRED: _dropped, ...findings } = wordsFor('en').findings;
    const { 'count.wrong': _gone, ...details } = wordsFor('en').details;
    // @ts-expect-error: a finding code without a sentence does not compile
    const lackingFinding: Catalogue['findings'] = findings;
    // @ts-expect-error: a result code without a detail does not compile
    const lackingDetail: Catalogue['details'] = details;
    expect(Object.keys(lackingFinding)).toHaveLength(FINDING_CODES.length - 1);
    expect(Object.keys(lackingDetail)).toHaveLength(RESULT_CODES.length - 1);
  });

  it("render the rules' own words for an allergy the way the engine used to write them", () => {
    const code: FindingCode = 'ALLERGY';
    expect(renderFinding({ code, params: FINDING_SAMPLES.ALLERGY[0]! }, 'en')).toBe(
      'The patient reports an allergy to Penicillin (hives), and amoxicillin 500 mg is in the penicillin allergy class.',
    );
  });
});
