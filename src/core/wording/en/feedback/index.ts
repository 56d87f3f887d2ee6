import type { ResultCode } from '../../../engine/resultCodes';
import type { FeedbackEntry } from '../../catalogue';
import { CLAIM_FEEDBACK } from './claims';
import { ENTRY_FEEDBACK } from './entry';
import { FILL_FEEDBACK } from './fill';
import { CATCH_FEEDBACK, MISS_FEEDBACK } from './findings';
import { FLAG_FEEDBACK } from './flags';
import { INTAKE_FEEDBACK } from './intake';
import { LABEL_LANGUAGE_FEEDBACK } from './labelLanguage';
import { ORDER_FEEDBACK } from './order';
import { PHONE_FEEDBACK } from './phone';
import { PICKUP_FEEDBACK } from './pickup';
import { REPORT_FEEDBACK } from './report';
import { REGISTER_FEEDBACK } from './register';
import { PREP_FEEDBACK } from './prep';
import { SELECTION_FEEDBACK } from './selection';
import { STOCK_FEEDBACK } from './stock';
import { RECEIVE_FEEDBACK } from './receiving';

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
  ...LABEL_LANGUAGE_FEEDBACK,
  ...REPORT_FEEDBACK,
  ...PHONE_FEEDBACK,
  ...REGISTER_FEEDBACK,
  ...STOCK_FEEDBACK,
  ...PREP_FEEDBACK,
  ...CLAIM_FEEDBACK,
  ...RECEIVE_FEEDBACK,
};
