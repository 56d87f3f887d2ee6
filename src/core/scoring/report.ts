import type { FindingCode, Step } from '../findings/codes';
import type { Skill } from '../engine/results';

/** One line of constructive feedback: what happened, why it matters, how to do it next time. */
export interface FeedbackItem {
  code: string;
  step: Step;
  rx?: string;
  finding?: FindingCode;
  /** What the student did or what was expected, with this case's specifics. */
  what: string;
  why: string;
  how: string;
  /** The scenario author's teaching note for this step, when there is one. */
  teachingNote?: string;
}

/** The end-of-encounter report. */
export interface Report {
  score: number;
  passed: boolean;
  passThreshold: number;
  /** Per skill: score out of 100 (null when the encounter had nothing to judge on that skill). */
  skills: Record<Skill, number | null>;
  aced: FeedbackItem[];
  improve: FeedbackItem[];
  critical: FeedbackItem[];
}
