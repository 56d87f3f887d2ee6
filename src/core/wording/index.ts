/**
 * The wording catalogue: every sentence the game shows about results, findings and next
 * steps, one folder per language. The core hands out codes and plain params; this renders
 * them. Adding a language is a folder beside `en/` and one line in CATALOGUES.
 */
import type { Coded } from '../coded';
import type { HintParams } from '../engine/hintParams';
import type { Result, ResultWords } from '../engine/results';
import type { FindingCode, Step } from '../findings/codes';
import type { FindingParams } from '../findings/params';
import type { SupplyProblem } from '../rules/daysSupply';
import type { SigDirections, SigProblem } from '../rules/sig';
import type { DrillChoice, DrillQuestion, DrillTopic, DrillUnit } from '../drills/params';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { PriorityParams } from '../shift/priority';
import type { BadgeCode } from '../progress/badgeCodes';
import { say, type BadgeWords, type Catalogue, type FeedbackEntry } from './catalogue';
import { EN } from './en';
import { ES } from './es';
import { teachingNoteFor } from './teachingNote';
import { LABEL_LANGUAGES } from '../scenario/labelLanguage';

export type { BadgeWords, Catalogue, DrillWords, FeedbackEntry } from './catalogue';

/** Every language the game speaks. */
const CATALOGUES = { en: EN, es: ES } as const satisfies Record<string, Catalogue>;

// A label language without a catalogue does not compile.
void (LABEL_LANGUAGES satisfies readonly Language[]);

/** One language of the catalogue. */
export type Language = keyof typeof CATALOGUES;
/** The languages, in the order a menu would offer them. */
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];
/** The language used until the player can choose one. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Everything one language says. */
export const wordsFor = (language: Language): Catalogue => CATALOGUES[language];

/** A result's specifics: "You picked hydrALAZINE 25 mg; the prescription is for hydrOXYzine 25 mg." */
export function renderResult(result: ResultWords, language: Language): string {
  return say(wordsFor(language).details, result);
}

/** What happened (with this case's detail), why it matters and how to do it next time. */
export function renderFeedback(result: ResultWords, language: Language): FeedbackEntry {
  const entry = wordsFor(language).feedback[result.code];
  const detail = renderResult(result, language);
  // A function replacement, so a "$" in the detail is never read as a replacement pattern.
  return { what: entry.what.replace('{detail}', () => detail).trim(), why: entry.why, how: entry.how };
}

/** A prioritising judgement of a shift: what the student took and passed over, why the order matters, how to choose next time. */
export function renderPriority(decision: Coded<PriorityParams>, language: Language): FeedbackEntry {
  const words = wordsFor(language).priority;
  const entry = words.feedback[decision.code];
  const detail = say(words.details, decision);
  return { what: entry.what.replace('{detail}', () => detail).trim(), why: entry.why, how: entry.how };
}

/** One line of constructive feedback: what happened, why it matters, how to do it next time. */
export interface FeedbackItem extends FeedbackEntry {
  code: string;
  step: Step;
  rx?: string;
  finding?: FindingCode;
  /** The scenario author's teaching note for this result's finding or step, when there is one (see teachingNote.ts). */
  teachingNote?: string;
}

/** The feedback for one result: the catalogue's words for this case, plus the author's note that belongs with it. */
export function feedbackFor(result: Result, scenario: ResolvedEncounter, language: Language): FeedbackItem {
  const note = teachingNoteFor(result, scenario, language);
  return {
    code: result.code,
    step: result.step,
    ...(result.rx !== undefined ? { rx: result.rx } : {}),
    ...(result.finding !== undefined ? { finding: result.finding } : {}),
    ...renderFeedback(result, language),
    ...(note !== undefined ? { teachingNote: note } : {}),
  };
}

/** A finding's sentence: "DEA number AB1234560 fails the check: …". */
export function renderFinding(finding: Coded<FindingParams>, language: Language): string {
  return say(wordsFor(language).findings, finding);
}

/** The next-step hint: "Scan the bottle for the Lisinopril 10 mg tabs prescription." */
export function renderHint(next: Coded<HintParams>, language: Language): string {
  return say(wordsFor(language).hints, next);
}

/** The label's directions: "Take 1 tablet by mouth twice daily". */
export function renderSig(sig: SigDirections, language: Language): string {
  return wordsFor(language).sigDirections(sig);
}

/** Why a sig could not be read, as a sentence. */
export function renderSigProblem(problem: SigProblem, language: Language): string {
  return say(wordsFor(language).sigProblems, problem);
}

/** Why a days' supply cannot be worked out, as a clause. */
export function renderSupplyProblem(problem: SupplyProblem, language: Language): string {
  return say(wordsFor(language).supplyProblems, problem);
}

/** A YYYY-MM-DD date as the student reads it: "07/19/1961" in English, in feedback and panels alike. */
export function renderDate(iso: string, language: Language): string {
  return wordsFor(language).date(iso);
}

/** A badge's name, what it stands for and how to earn it. */
export function renderBadge(code: BadgeCode, language: Language): BadgeWords {
  return wordsFor(language).badges[code];
}

/** The flag dialog's reasons, in the order it lists them: alphabetical by wording, so none stands out. */
export function flagReasonList(language: Language): [FindingCode, string][] {
  return (Object.entries(wordsFor(language).flagReasons) as [FindingCode, string][]).sort((a, b) => a[1].localeCompare(b[1], language));
}

/** A drill question as the student reads it. */
export function renderDrillPrompt(question: DrillQuestion, language: Language): string {
  return say(wordsFor(language).drills.prompts, question);
}

/** One answer choice of a drill question. */
export function renderDrillChoice(choice: DrillChoice, language: Language): string {
  return say(wordsFor(language).drills.choices, choice);
}

/** What the right answer is and how it is worked out, why it matters, and how to do it. */
export function renderDrillExplanation(question: DrillQuestion, language: Language): FeedbackEntry {
  const explain = wordsFor(language).drills.explanations[question.code] as (params: unknown) => FeedbackEntry;
  return explain(question.params);
}

/** A drill topic's name ("Pharmacy math"). */
export function drillTopicName(topic: DrillTopic, language: Language): string {
  return wordsFor(language).drills.topics[topic];
}

/** The unit written after a typed drill answer ("days"); empty for a bare number. */
export function renderDrillUnit(unit: DrillUnit, n: number, language: Language): string {
  return wordsFor(language).drills.unit(unit, n);
}
