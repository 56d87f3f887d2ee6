import type { Coded } from '../coded';
import type { FindingCode, Step } from '../findings/codes';
import type { FindingParams } from '../findings/params';
import type { HintParams } from '../engine/hintParams';
import type { BadgeCode } from '../progress/badgeCodes';
import type { ResultCode } from '../engine/resultCodes';
import type { ResultParams } from '../engine/resultParams';
import type { SupplyProblemParams } from '../rules/daysSupply';
import type { SigDirections, SigProblemParams } from '../rules/sig';
import type { PriorityCode, PriorityParams } from '../shift/priority';
import type { DrillChoiceParams, DrillParams, DrillTopic, DrillUnit } from '../drills/params';

/** One renderer per code of a parameter map: a code without words does not compile. */
export type Renderers<M> = { readonly [C in keyof M]: (params: M[C]) => string };

/** Renders one coded value with the renderer for its code. */
export function say<M>(renderers: Renderers<M>, coded: Coded<M>): string {
  // The map's type ties each renderer to its code's params; TypeScript cannot see that through an index.
  return (renderers[coded.code] as (params: unknown) => string)(coded.params);
}

/** Wording for one result code: what happened ({detail} is replaced by the case's specifics), why it matters, how to do it. */
export interface FeedbackEntry {
  what: string;
  why: string;
  how: string;
}

/** A slice of a feedback library, keyed by result code. */
export type FeedbackSlice<K extends string> = Record<K, FeedbackEntry>;

/** The detail renderers of some result codes. */
export type DetailSlice<K extends ResultCode> = Renderers<Pick<ResultParams, K>>;

/**
 * Everything one language says: every sentence the game shows about results, findings and
 * next steps, and the words for finding codes and steps. Typed over the code lists, so a new
 * code without words in every language does not compile.
 */
export interface Catalogue {
  /** A result's specifics ("You picked hydrALAZINE 25 mg; the prescription is for hydrOXYzine 25 mg."). */
  details: Renderers<Pick<ResultParams, ResultCode>>;
  /** What / why / how of each result code; `what` holds {detail}. */
  feedback: Readonly<Record<ResultCode, FeedbackEntry>>;
  /** A finding's sentence. */
  findings: Renderers<FindingParams>;
  /** Each finding code as a sentence names it ("an allergy"). */
  findingNames: Readonly<Record<FindingCode, string>>;
  /** Each finding code as the flag dialog offers it as a reason. */
  flagReasons: Readonly<Record<FindingCode, string>>;
  /** Each step as feedback names it ("data entry"). */
  stepNames: Readonly<Record<Step, string>>;
  /** The next-step hint. */
  hints: Renderers<HintParams>;
  /** The label's directions, written from a read sig. */
  sigDirections(sig: SigDirections): string;
  /** Why the directions could not be read. */
  sigProblems: Renderers<SigProblemParams>;
  /** Why a days' supply cannot be worked out, as a clause. */
  supplyProblems: Renderers<SupplyProblemParams>;
  /** A YYYY-MM-DD date the way this language writes it, in sentences and on every panel alike. */
  date(iso: string): string;
  /** The replies offered to a patient's question when the scenario gives none. */
  replies: DefaultReplies;
  /** How the student prioritised in a shift: each judgement's specifics, and its what / why / how ({detail} in what). */
  priority: { details: Renderers<PriorityParams>; feedback: Readonly<Record<PriorityCode, FeedbackEntry>> };
  /** Each badge's name, what it stands for, and how to earn it. */
  badges: Readonly<Record<BadgeCode, BadgeWords>>;
  /** Board-exam drills: prompts, answer choices, explanations, topic and unit names. */
  drills: DrillWords;
}

/** A badge in words: its name, what earning it means, and how to earn it. */
export interface BadgeWords {
  name: string;
  description: string;
  how: string;
}

/** The drills family: every sentence of a board-exam drill, typed over the question and choice codes. */
export interface DrillWords {
  /** The question as the student reads it. */
  prompts: Renderers<DrillParams>;
  /** What the right answer is and how it was worked out, why it matters, how to do it. */
  explanations: { readonly [C in keyof DrillParams]: (params: DrillParams[C]) => FeedbackEntry };
  /** One answer choice. */
  choices: Renderers<DrillChoiceParams>;
  /** A topic as the menu and the report name it. */
  topics: Readonly<Record<DrillTopic, string>>;
  /** The unit after a typed number ("days", "mL"); empty for a bare number. */
  unit(unit: DrillUnit, n: number): string;
}

/** Ways a technician hands a question to the pharmacist, answers a technician might be tempted to give, and a plain answer. */
export interface DefaultReplies {
  refer: readonly string[];
  /** Answers to a clinical question: out of a technician's scope. */
  clinicalAnswers: readonly string[];
  /** The answer to a non-clinical question when the scenario does not spell one out. */
  generalAnswer: string;
}
