import type { Catalogue } from '../catalogue';
import { BADGES } from './badges';
import { CLAIM_DETAILS } from './details/claims';
import { ENTRY_DETAILS } from './details/entry';
import { FILL_DETAILS } from './details/fill';
import { CATCH_DETAILS, FLAG_DETAILS, MISS_DETAILS } from './details/flags';
import { INTAKE_DETAILS } from './details/intake';
import { LABEL_LANGUAGE_DETAILS } from './details/labelLanguage';
import { ORDER_DETAILS } from './details/order';
import { PHONE_DETAILS } from './details/phone';
import { PICKUP_DETAILS } from './details/pickup';
import { REPORT_DETAILS } from './details/report';
import { REGISTER_DETAILS } from './details/register';
import { PREP_DETAILS } from './details/prep';
import { SELECTION_DETAILS } from './details/selection';
import { STOCK_DETAILS } from './details/stock';
import { RECEIVE_DETAILS } from './details/receiving';
import { FEEDBACK_LIBRARY } from './feedback';
import { FINDING_SENTENCES } from './findings';
import { FINDING_NAMES, FLAG_REASONS, STEP_NAMES } from './findingNames';
import { HINTS } from './hints';
import { DRILL_WORDS } from './drills';
import { date } from './phrases';
import { sigSentence } from './sig';
import { PRIORITY_WORDS } from './priority';
import { DEFAULT_REPLIES } from './replies';
import { SIG_PROBLEMS, SUPPLY_PROBLEMS } from './sigProblems';

/** Everything the game says in English. */
export const EN: Catalogue = {
  details: {
    ...ORDER_DETAILS,
    ...INTAKE_DETAILS,
    ...ENTRY_DETAILS,
    ...SELECTION_DETAILS,
    ...FILL_DETAILS,
    ...PICKUP_DETAILS,
    ...FLAG_DETAILS,
    ...CATCH_DETAILS,
    ...MISS_DETAILS,
    ...LABEL_LANGUAGE_DETAILS,
    ...REPORT_DETAILS,
    ...PHONE_DETAILS,
    ...REGISTER_DETAILS,
    ...STOCK_DETAILS,
    ...PREP_DETAILS,
    ...CLAIM_DETAILS,
    ...RECEIVE_DETAILS,
  },
  feedback: FEEDBACK_LIBRARY,
  findings: FINDING_SENTENCES,
  findingNames: FINDING_NAMES,
  flagReasons: FLAG_REASONS,
  stepNames: STEP_NAMES,
  hints: HINTS,
  sigDirections: sigSentence,
  sigProblems: SIG_PROBLEMS,
  supplyProblems: SUPPLY_PROBLEMS,
  date,
  replies: DEFAULT_REPLIES,
  priority: PRIORITY_WORDS,
  badges: BADGES,
  drills: DRILL_WORDS,
};
