import type { Result } from '../engine/results';
import type { ResultCode } from '../engine/resultCodes';
import type { ResolvedEncounter } from '../scenario/resolve';
import { ENTRY_FEEDBACK } from './feedback/entry';
import { FILL_FEEDBACK } from './feedback/fill';
import { CATCH_FEEDBACK, MISS_FEEDBACK } from './feedback/findings';
import { FLAG_FEEDBACK } from './feedback/flags';
import { INTAKE_FEEDBACK } from './feedback/intake';
import { ORDER_FEEDBACK } from './feedback/order';
import { PICKUP_FEEDBACK } from './feedback/pickup';
import { SELECTION_FEEDBACK } from './feedback/selection';
import type { FeedbackEntry } from './feedback/types';
import type { FeedbackItem } from './report';

export type { FeedbackEntry } from './feedback/types';

/** All feedback wording, keyed by result code; typed so a code without wording does not compile. */
export const FEEDBACK_LIBRARY: Readonly<Record<ResultCode, FeedbackEntry>> = {
  ...ORDER_FEEDBACK,
  ...INTAKE_FEEDBACK,
  ...ENTRY_FEEDBACK,
  ...SELECTION_FEEDBACK,
  ...FILL_FEEDBACK,
  ...PICKUP_FEEDBACK,
  ...FLAG_FEEDBACK,
  ...CATCH_FEEDBACK,
  ...MISS_FEEDBACK,
};

/** Used only for a code from an older or newer engine than this library: the detail still says what happened. */
const FALLBACK: FeedbackEntry = {
  what: '{detail}',
  why: 'Each step of the workflow protects the patient from a different kind of error.',
  how: 'Ask your instructor or the pharmacist to talk this step through with you.',
};

/** The feedback for one result: library wording with this case's detail, plus the author's note for the step. */
export function feedbackFor(result: Result, scenario: ResolvedEncounter): FeedbackItem {
  const entry = (FEEDBACK_LIBRARY as Readonly<Record<string, FeedbackEntry>>)[result.code] ?? FALLBACK;
  const note = scenario.intent.teachingNotes[result.step];
  return {
    code: result.code,
    step: result.step,
    ...(result.rx !== undefined ? { rx: result.rx } : {}),
    ...(result.finding !== undefined ? { finding: result.finding } : {}),
    // A function replacement, so a "$" in the detail is never read as a replacement pattern.
    what: entry.what.replace('{detail}', () => result.detail).trim(),
    why: entry.why,
    how: entry.how,
    ...(note !== undefined ? { teachingNote: note } : {}),
  };
}
