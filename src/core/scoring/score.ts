import { checkpointsFor } from '../engine/checkpoints';
import { missedResults } from '../engine/missed';
import { SKILLS, type Result, type Skill } from '../engine/results';
import type { EncounterState } from '../engine/state';
import type { Report } from './report';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Score out of 100: earned over possible, rounded and clamped; penalties can take it to 0 but not below. */
function percent(earned: number, possible: number): number {
  return Math.min(100, Math.max(0, Math.round((100 * earned) / possible)));
}

/** Every result the report judges: the log's, plus what is still undone when the encounter is in progress. */
export function judgedResults(state: EncounterState): readonly Result[] {
  return state.complete ? state.results : [...state.results, ...missedResults(state)];
}

/**
 * The report for an encounter, complete or not. Possible points are what the expert path
 * earns on this scenario (the sum of its checkpoints), so a perfect run scores exactly 100
 * and a penalty always lowers the score.
 */
export function report(state: EncounterState): Report {
  const results = judgedResults(state);
  const checkpoints = checkpointsFor(state.scenario, state.findings);
  const skills = {} as Record<Skill, number | null>;
  for (const skill of SKILLS) {
    const possible = sum(checkpoints.filter((c) => c.skill === skill).map((c) => c.points));
    const scored = results.filter((r) => r.skill === skill && r.outcome !== 'info');
    const earned = sum(scored.map((r) => r.points));
    // A skill with nothing on the expert's path is only judged if the student lost points on it.
    skills[skill] = possible > 0 ? percent(earned, possible) : earned < 0 ? 0 : null;
  }
  const critical = results.filter((r) => r.outcome === 'critical');
  const score = percent(sum(results.map((r) => r.points)), sum(checkpoints.map((c) => c.points)));
  const passThreshold = state.scenario.parameters.passThreshold;
  return {
    score,
    passed: score >= passThreshold && critical.length === 0,
    passThreshold,
    skills,
    // A good result worth nothing (a repeat, or work on a prescription that had to stop) is not praise-worthy.
    aced: results.filter((r) => r.outcome === 'good' && r.points > 0),
    // Likewise a mistake that was worth nothing and cost nothing (a repeat, or work on a prescription
    // that had to stop) moved no bar, so listing it would tell a different story from the bars.
    improve: results.filter((r) => r.outcome === 'mistake' && (r.maxPoints > 0 || r.points < 0)),
    critical,
  };
}
