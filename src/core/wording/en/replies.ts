import type { DefaultReplies } from '../catalogue';

/**
 * The replies offered to a patient's question when the scenario gives none: ways a technician
 * hands it to the pharmacist, and answers a technician might be tempted to give themselves.
 */
export const DEFAULT_REPLIES: DefaultReplies = {
  refer: ["I'll get the pharmacist for you.", 'The pharmacist can talk you through that now.'],
  /** Answers to a clinical question: out of a technician's scope. */
  clinicalAnswers: ['Yes, that should be fine.', "That's normal, you don't need to worry about it."],
  /** The answer to a non-clinical question when the scenario does not spell one out. */
  generalAnswer: 'I can help you with that myself.',
};
