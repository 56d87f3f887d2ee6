import type { Result, Skill } from '../engine/results';

/**
 * The end-of-encounter report: scores and the results behind them, as codes and params.
 * The wording catalogue (`feedbackFor` in src/core/wording) turns each result into feedback.
 */
export interface Report {
  score: number;
  passed: boolean;
  passThreshold: number;
  /** Per skill: score out of 100 (null when the encounter had nothing to judge on that skill). */
  skills: Record<Skill, number | null>;
  aced: Result[];
  improve: Result[];
  critical: Result[];
}
