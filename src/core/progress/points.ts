import type { DrillOutcome, EncounterOutcome } from './outcomes';

/** Points for each finding caught on time: the catches are what the job is for. */
export const POINTS_PER_CATCH = 10;
/** A pass with no critical error. */
export const CLEAN_PASS_BONUS = 25;
/** Each drill question answered right. */
export const POINTS_PER_DRILL_ANSWER = 5;
/** A drill with every answer right. */
export const PERFECT_DRILL_BONUS = 20;

/** Findings the student caught in time, by their `catch.<CODE>` results. */
export function catchesIn(outcome: EncounterOutcome): number {
  return outcome.results.filter((r) => r.code.startsWith('catch.') && r.outcome === 'good').length;
}

/** True when the report judged something critical. */
export function hasCritical(outcome: EncounterOutcome): boolean {
  return outcome.results.some((r) => r.outcome === 'critical');
}

/**
 * Points for one encounter: the score itself, ten per finding caught, and a bonus for a clean pass.
 * Only what the report judged counts; time spent earns nothing on its own.
 */
export function encounterPoints(outcome: EncounterOutcome): number {
  const base = Math.max(0, Math.round(outcome.score));
  const bonus = outcome.passed && !hasCritical(outcome) ? CLEAN_PASS_BONUS : 0;
  return base + POINTS_PER_CATCH * catchesIn(outcome) + bonus;
}

/** True when every question of a drill (at least one) was answered right. */
export const isPerfectDrill = (drill: DrillOutcome): boolean => drill.total > 0 && drill.correct >= drill.total;

/** Points for one drill: five per right answer, plus a bonus for a perfect set. */
export function drillPoints(drill: DrillOutcome): number {
  const right = Math.min(drill.correct, drill.total);
  return POINTS_PER_DRILL_ANSWER * right + (isPerfectDrill(drill) ? PERFECT_DRILL_BONUS : 0);
}
