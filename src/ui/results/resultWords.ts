import { feedbackFor, type FindingCode, type Report, type ResolvedEncounter, type Result, type Step } from '../../core';
import { FINDING_NAMES, STEP_NAMES } from '../../core/engine/findingNames';

/*
 * The one place the results pages turn codes into words. The core's wording may move to a
 * catalogue; only this file needs to follow it.
 */

/** What a result told the student: what happened, why it matters, how to do it next time. */
export function resultWords(result: Result, scenario: ResolvedEncounter): { what: string; why: string; how: string } {
  const item = feedbackFor(result, scenario);
  return { what: item.what, why: item.why, how: item.how };
}

/** A report's critical error or improvement, as the sentence the report shows. */
export function reportItemText(item: Report['critical'][number]): string {
  return item.what;
}

/** "ALLERGY — an allergy". */
export const findingLabel = (code: FindingCode): string => `${code} — ${FINDING_NAMES[code]}`;

/** "data entry". */
export const stepLabel = (step: Step): string => STEP_NAMES[step];
