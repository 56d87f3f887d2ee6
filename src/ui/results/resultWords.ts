import {
  feedbackFor,
  renderFeedback,
  wordsFor,
  type FindingCode,
  type Language,
  type Report,
  type ResolvedEncounter,
  type Result,
  type Step,
} from '../../core';

/*
 * The one place the results pages turn codes into words, through the core's wording catalogue
 * in the UI's language (src/ui/language.ts).
 */

/** What a result told the student: what happened, why it matters, how to do it next time. */
export function resultWords(result: Result, scenario: ResolvedEncounter, language: Language): { what: string; why: string; how: string } {
  const item = feedbackFor(result, scenario, language);
  return { what: item.what, why: item.why, how: item.how };
}

/** A report's critical error or improvement, as the sentence the report shows. */
export function reportItemText(item: Report['critical'][number], language: Language): string {
  return renderFeedback(item, language).what;
}

/** "ALLERGY — an allergy". */
export const findingLabel = (code: FindingCode, language: Language): string => `${code} — ${wordsFor(language).findingNames[code]}`;

/** "data entry". */
export const stepLabel = (step: Step, language: Language): string => wordsFor(language).stepNames[step];
