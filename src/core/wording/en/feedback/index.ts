import type { ResultCode } from '../../../engine/resultCodes';
import type { FeedbackEntry } from '../../catalogue';
import { ENTRY_FEEDBACK } from './entry';
import { FILL_FEEDBACK } from './fill';
import { CATCH_FEEDBACK, MISS_FEEDBACK } from './findings';
import { FLAG_FEEDBACK } from './flags';
import { INTAKE_FEEDBACK } from './intake';
import { ORDER_FEEDBACK } from './order';
import { PICKUP_FEEDBACK } from './pickup';
import { SELECTION_FEEDBACK } from './selection';

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
export const FALLBACK_FEEDBACK: FeedbackEntry = {
  what: '{detail}',
  why: 'Each step of the workflow protects the patient from a different kind of error.',
  how: 'Ask your instructor or the pharmacist to talk this step through with you.',
};
