import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';
import type { ResolvedEncounter } from '../scenario/resolve';
import { say } from '../scenario/checkerWords';
import { reason, type Analysis } from './analysis';

/** What playing the expert's actions through the engine showed. */
export interface ExpertRun {
  playable: boolean;
  score: number | null;
  errors: Problem[];
  warnings: Problem[];
}

/**
 * Plays the expert path (solve → replay → report). An encounter the engine cannot finish is an
 * error (students would be stuck); an expert score below 100 is a warning naming what lost points.
 */
export function expertPath(encounter: ResolvedEncounter, analysis: Analysis, place: Placer): ExpertRun {
  try {
    const log = analysis.solve(encounter);
    const state = analysis.replay(encounter, log);
    const report = analysis.report(state);
    if (!state.complete) {
      return {
        playable: false,
        score: report.score,
        errors: [place([], say('expertUnfinished', { actions: log.length }))],
        warnings: [],
      };
    }
    const warnings: Problem[] = [];
    if (report.score < 100) {
      const lost = [...report.critical, ...report.improve].slice(0, 3);
      warnings.push(place([], say('expertBelow100', { score: report.score, lost }), 'warning'));
    }
    return { playable: true, score: report.score, errors: [], warnings };
  } catch (e) {
    return {
      playable: false,
      score: null,
      errors: [place([], say('expertCrashed', { why: reason(e) }))],
      warnings: [],
    };
  }
}
