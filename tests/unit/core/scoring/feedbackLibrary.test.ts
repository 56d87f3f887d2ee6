import { describe, expect, it } from 'vitest';
import { RESULT_CODES } from '../../../../src/core/engine/resultCodes';
import type { Result } from '../../../../src/core/engine/results';
import { FINDING_CODES } from '../../../../src/core/findings/codes';
import { FEEDBACK_LIBRARY, feedbackFor } from '../../../../src/core/scoring/feedbackLibrary';
import { scenario } from '../engine/fixtures';

/** One sentence: ends with a full stop and has no sentence break inside. */
const oneSentence = (text: string) => /^[A-Z"].*[.]$/.test(text) && !/[.!?] [A-Z]/.test(text);

describe('feedback library', () => {
  it('has what, why and how for every result code the engine can emit', () => {
    for (const code of RESULT_CODES) {
      const entry = FEEDBACK_LIBRARY[code];
      expect(entry, code).toBeDefined();
      expect(entry.what.trim(), `${code}.what`).not.toBe('');
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
    code: 'count.wrong', step: 'count', rx: 'rx1', skill: 'accuracy', outcome: 'mistake', points: 0, maxPoints: 5,
    detail: 'You counted 28; the prescription is for 30 tablets ($1 a tablet).', actionIndex: 7,
  };

  it('fills in the case\'s detail and the author\'s teaching note for the step', () => {
    const s = scenario({ intent: { teachingNotes: { count: 'Count in fives.' } } });
    expect(feedbackFor(result, s)).toEqual({
      code: 'count.wrong',
      step: 'count',
      rx: 'rx1',
      what: 'You counted 28; the prescription is for 30 tablets ($1 a tablet).',
      why: FEEDBACK_LIBRARY['count.wrong'].why,
      how: FEEDBACK_LIBRARY['count.wrong'].how,
      teachingNote: 'Count in fives.',
    });
    expect(feedbackFor(result, scenario()).teachingNote).toBeUndefined();
  });

  it('still says what happened for a code it does not know', () => {
    const item = feedbackFor({ ...result, code: 'future.code' }, scenario());
    expect(item.what).toBe(result.detail);
    expect(item.why).not.toBe('');
  });
});
