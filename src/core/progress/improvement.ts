import type { EncounterOutcome } from './outcomes';

/**
 * How much a student improved: over every encounter they played more than once, the average of
 * (their latest score minus their first). Null when nothing was played twice. Inputs in play order.
 */
export function improvement(outcomes: readonly EncounterOutcome[]): number | null {
  const firstAndLast = new Map<string, [number, number]>();
  for (const o of outcomes) {
    const seen = firstAndLast.get(o.scenarioId);
    firstAndLast.set(o.scenarioId, seen ? [seen[0], o.score] : [o.score, Number.NaN]);
  }
  const gains = [...firstAndLast.values()].filter(([, last]) => !Number.isNaN(last)).map(([first, last]) => last - first);
  if (gains.length === 0) return null;
  return Math.round((gains.reduce((a, b) => a + b, 0) / gains.length) * 10) / 10;
}
