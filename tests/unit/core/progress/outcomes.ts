import type { DrillOutcome, EncounterOutcome, JudgedMark } from '../../../../src/core';

/** A judged result for a test. */
export const mark = (code: string, outcome: JudgedMark['outcome'], step: JudgedMark['step'], finding?: JudgedMark['finding']): JudgedMark =>
  ({ code, outcome, step, ...(finding ? { finding } : {}) }) as JudgedMark;

/** A clean fill: every fill step judged good. */
export const CLEAN_FILL: JudgedMark[] = [
  mark('selection.correct', 'good', 'selection'),
  mark('count.correct', 'good', 'count'),
  mark('label.auxiliary.ok', 'good', 'label'),
  mark('verify.passed', 'good', 'verify'),
];

/** A finished encounter for a test; defaults to a clean 90 on 2026-12-01 in New York. */
export function encounter(over: Partial<EncounterOutcome> = {}): EncounterOutcome {
  return {
    kind: 'encounter',
    scenarioId: 'fill-lisinopril-refill-day',
    mode: 'practice',
    score: 90,
    passed: true,
    results: CLEAN_FILL,
    at: '2026-12-01T10:00:00-05:00',
    ...over,
  };
}

/** A finished drill for a test. */
export const drill = (correct: number, total = 10, at = '2026-12-01T10:00:00-05:00'): DrillOutcome => ({
  kind: 'drill',
  seed: 's1',
  total,
  correct,
  at,
});
