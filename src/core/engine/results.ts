import type { Coded } from '../coded';
import type { FindingCode, Step } from '../findings/codes';
import type { ResultCode } from './resultCodes';
import type { ResultParams } from './resultParams';

export const SKILLS = ['accuracy', 'safety', 'scope', 'communication', 'efficiency'] as const;
/** accuracy, safety, scope of practice, communication, efficiency. */
export type Skill = (typeof SKILLS)[number];

/** good: done right; mistake: points lost; critical: fails the encounter; info: no score. */
export type Outcome = 'good' | 'mistake' | 'critical' | 'info';

/** Where a result belongs and what it scored; the words come from its code and params. */
interface Judged {
  /** The finding this result is about, when there is one. */
  finding?: FindingCode;
  step: Step;
  rx?: string;
  skill: Skill;
  outcome: Outcome;
  /** Points earned (may be negative for a penalty). */
  points: number;
  /** Points this check is worth; 0 for penalties and info. */
  maxPoints: number;
  /** Index of the action in the log that produced this result; -1 for results made at the end. */
  actionIndex: number;
  /** The scoring checkpoint this result judged (see engine/checkpoints.ts), when it judged one. */
  checkpoint?: string;
  /** The dialogue line it concerns, for question results. */
  question?: string;
}

/**
 * A result code with its parameters: 'selection.lookalike' with the product picked and the
 * one prescribed. Pick makes a code without a parameter type a compile error.
 */
export type ResultWords = Coded<Pick<ResultParams, ResultCode>>;

/**
 * The judgement on one thing the student did (or failed to do): a stable code (the feedback
 * key, e.g. 'identity.dropoff', 'selection.lookalike', 'miss.DEA_INVALID') and plain params,
 * never a sentence. The wording catalogue (src/core/wording) renders the detail and the
 * what / why / how.
 */
export type Result = Judged & ResultWords;
