import type { EncounterOutcome, JudgedMark, Result } from '../../core';
import type { EncounterResult } from '../results/resultsSink';

/** The marks the progress rules read from a judged result. */
export const markOf = (r: Result): JudgedMark => ({
  code: r.code,
  outcome: r.outcome,
  step: r.step,
  ...(r.finding ? { finding: r.finding } : {}),
});

/** A finished encounter from the results seam, as the progress rules read it, stamped at `at`. */
export function outcomeOf(result: EncounterResult, at: string): EncounterOutcome {
  return {
    kind: 'encounter',
    scenarioId: result.scenario.id,
    mode: result.mode,
    score: result.report.score,
    passed: result.report.passed,
    results: result.results.map(markOf),
    at,
    ...(result.shift ? { shift: { id: result.shift.shiftId, index: result.shift.index, count: result.shift.count } } : {}),
  };
}
