import { describe, expect, it } from 'vitest';
import { RESULT_CODES } from '../../../../src/core/engine/resultCodes';
import type { Result } from '../../../../src/core/engine/results';
import { FINDING_CODES } from '../../../../src/core/findings/codes';
import { feedbackFor } from '../../../../src/core/wording';
import { FEEDBACK_LIBRARY } from '../../../../src/core/wording/en/feedback';
import { scenario } from '../engine/fixtures';

/** One sentence: ends with a full stop and has no sentence break inside. */
const oneSentence = (text: string) => /^[A-Z"].*[.]$/.test(text) && !/[.!?] [A-Z]/.test(text);

describe('feedback library', () => {
  it('has what, why and how for every result code the engine can emit', () => {
    for (const code of RESULT_CODES) {
      const entry = FEEDBACK_LIBRARY[code];
      expect(entry, code).toBeDefined();
      expect(entry.what, `${code}.what`).toContain('{detail}');
      expect(oneSentence(entry.why), `${code}.why: ${entry.why}`).toBe(true);
      expect(oneSentence(entry.how), `${code}.how: ${entry.how}`).toBe(true);
    }
  });

  it('has a catch and a miss entry for every finding code', () => {
    for (const code of FINDING_CODES) {
      expect(FEEDBACK_LIBRARY[`catch.${code}`].why, code).toBe(FEEDBACK_LIBRARY[`miss.${code}`].why);
      expect(FEEDBACK_LIBRARY[`catch.${code}`].how).toMatch(/^Keep doing this check: /);
    }
  });

  it('holds no wording for codes the engine cannot emit', () => {
    expect(Object.keys(FEEDBACK_LIBRARY).sort()).toEqual([...RESULT_CODES].sort());
  });

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

  it("fills in the case's detail and the author's teaching note for the step", () => {
    const s = scenario({ intent: { teachingNotes: { count: 'Count in fives.' } } });
    expect(feedbackFor(result, s, 'en')).toEqual({
      code: 'count.wrong',
      step: 'count',
      rx: 'rx1',
      what: 'You counted 28; the prescription is for 30 tablets.',
      why: FEEDBACK_LIBRARY['count.wrong'].why,
      how: FEEDBACK_LIBRARY['count.wrong'].how,
      teachingNote: 'Count in fives.',
    });
    expect(feedbackFor(result, scenario(), 'en').teachingNote).toBeUndefined();
  });

  it('puts a detail holding "$" in as written, never as a replacement pattern', () => {
    const answered: Result = {
      code: 'question.answered',
      params: { line: 'How much is it?', answer: 'It is $& 5, or $1.' },
      step: 'pickup',
      skill: 'efficiency',
      outcome: 'good',
      points: 5,
      maxPoints: 5,
      actionIndex: 3,
    };
    expect(feedbackFor(answered, scenario(), 'en').what).toBe('You answered "How much is it?" yourself: "It is $& 5, or $1."');
  });

  it('leads a look-alike pick with what kind of mistake it was', () => {
    const lookalike: Result = {
      code: 'selection.lookalike',
      params: { picked: { id: 'a', label: 'hydrALAZINE 25 mg' }, wanted: { id: 'b', label: 'hydrOXYzine 25 mg' } },
      step: 'selection',
      skill: 'safety',
      outcome: 'mistake',
      points: 0,
      maxPoints: 10,
      actionIndex: 4,
    };
    expect(feedbackFor(lookalike, scenario(), 'en').what).toBe(
      'You picked a look-alike. You picked hydrALAZINE 25 mg; the prescription is for hydrOXYzine 25 mg.',
    );
  });
});

describe("feedback says each thing once, in the pharmacy's words", () => {
  const at = { step: 'count', rx: 'rx1', skill: 'accuracy', points: 5, maxPoints: 5, actionIndex: 7 } as const;

  it('says a liquid was measured, not counted', () => {
    const liquid: Result = { ...at, code: 'count.correct', params: { quantity: 150, unit: 'mL' }, outcome: 'good' };
    expect(feedbackFor(liquid, scenario(), 'en').what).toBe('You measured 150 mL, as prescribed.');
    const tablets: Result = { ...at, code: 'count.correct', params: { quantity: 30, unit: 'tablet' }, outcome: 'good' };
    expect(feedbackFor(tablets, scenario(), 'en').what).toBe('You counted 30 tablets, as prescribed.');
  });

  it('says "A technician never counsels" at most once for a clinical question answered by the technician', () => {
    const answered: Result = {
      code: 'question.answeredClinical',
      params: { line: 'Can I take Advil with this?' },
      step: 'pickup',
      skill: 'scope',
      outcome: 'critical',
      points: 0,
      maxPoints: 10,
      actionIndex: 3,
    };
    const f = feedbackFor(answered, scenario(), 'en');
    expect(`${f.what} ${f.why} ${f.how}`.match(/never counsels/g) ?? []).toHaveLength(1);
  });
});
