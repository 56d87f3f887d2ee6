/** The cmi5 and ADL identifiers TechShift's statements use. */

export const VERBS = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
  earned: { id: 'http://id.tincanapi.com/verb/earned', display: { 'en-US': 'earned' } },
} as const;

/** Marks a statement as one the cmi5 spec defines. */
export const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' } as const;
/** Marks a statement the LMS weighs for "move on". */
export const MOVEON_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' } as const;
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const INTERACTION_ACTIVITY = 'http://adlnet.gov/expapi/activities/cmi.interaction';
/** The activity type of a badge (the Tin Can registry's). */
export const BADGE_ACTIVITY = 'http://id.tincanapi.com/activitytype/badge';

/**
 * TechShift's own extension keys. They are identifiers only (nothing is fetched from them); an
 * organisation with its own domain can change this one prefix.
 */
export const TECHSHIFT_IRI = 'urn:techshift:xapi:';
export const FEEDBACK_EXTENSION = `${TECHSHIFT_IRI}extension:feedback`;
export const RESULT_CODE_EXTENSION = `${TECHSHIFT_IRI}extension:result-code`;
export const SCENARIO_EXTENSION = `${TECHSHIFT_IRI}extension:scenario`;
/** The badge's code, on an "earned" statement. */
export const BADGE_EXTENSION = `${TECHSHIFT_IRI}extension:badge`;
