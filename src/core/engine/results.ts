import type { FindingCode, Step } from '../findings/codes';

export const SKILLS = ['accuracy', 'safety', 'scope', 'communication', 'efficiency'] as const;
/** accuracy, safety, scope of practice, communication, efficiency. */
export type Skill = (typeof SKILLS)[number];

/** good: done right; mistake: points lost; critical: fails the encounter; info: no score. */
export type Outcome = 'good' | 'mistake' | 'critical' | 'info';

/**
 * The judgement on one thing the student did (or failed to do). Wording comes from the
 * feedback library by `code`; `detail` carries the specifics of this case.
 */
export interface Result {
  /** Feedback-library key, e.g. 'identity.confirmed', 'selection.lookalike', 'catch.missed'. */
  code: string;
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
  /** Specifics: "You picked hydrALAZINE 25 mg; the prescription is for hydrOXYzine 25 mg." */
  detail: string;
  /** Index of the action in the log that produced this result; -1 for results made at the end. */
  actionIndex: number;
  /** The scoring checkpoint this result judged (see engine/checkpoints.ts), when it judged one. */
  checkpoint?: string;
  /** The dialogue line it concerns, for question results. */
  question?: string;
}
