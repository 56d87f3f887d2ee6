import type { Placer } from '../scenario/placer';
import type { Problem } from '../scenario/problems';
import type { ResolvedEncounter } from '../scenario/resolve';
import { renderFeedback } from '../wording';
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
        errors: [
          place(
            [],
            `the expert path (${log.length} actions) does not finish this encounter; this is probably a bug in TechShift, please report it`,
          ),
        ],
        warnings: [],
      };
    }
    const warnings: Problem[] = [];
    if (report.score < 100) {
      const lost = [...report.critical, ...report.improve].slice(0, 3).map((r) => renderFeedback(r, 'en').what);
      const why = lost.length > 0 ? `: ${lost.join('; ')}` : '';
      warnings.push(place([], `the expert path scores ${report.score}/100, not 100${why}`, 'warning'));
    }
    return { playable: true, score: report.score, errors: [], warnings };
  } catch (e) {
    return {
      playable: false,
      score: null,
      errors: [
        place([], `the game could not play this encounter through (${reason(e)}); this is probably a bug in TechShift, please report it`),
      ],
      warnings: [],
    };
  }
}
