import type { ResultCode } from '../../../engine/resultCodes';
import type { FeedbackEntry } from '../../catalogue';
import { ENTRY_FEEDBACK } from './entry';
import { FILL_FEEDBACK } from './fill';
import { CATCH_FEEDBACK, MISS_FEEDBACK } from './findings';
import { FLAG_FEEDBACK } from './flags';
import { INTAKE_FEEDBACK } from './intake';
import { LABEL_LANGUAGE_FEEDBACK } from './labelLanguage';
import { ORDER_FEEDBACK } from './order';
import { PICKUP_FEEDBACK } from './pickup';
import { SELECTION_FEEDBACK } from './selection';
import { RECEIVE_FEEDBACK } from './receiving';

/** All Spanish feedback wording, keyed by result code; typed so a code without wording does not compile. */
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
  ...LABEL_LANGUAGE_FEEDBACK,
  ...RECEIVE_FEEDBACK,
};
