import type { FindingCode, Result, Step } from '../../core';
import type { EncounterResult } from './resultsSink';

/** One thing the encounter scored: a checkpoint on the expert's path, or a finding or penalty outside one. */
export interface ScoredStep {
  /** Unique in the encounter: the checkpoint id ('entry.sig:rx1', 'catch:@PATIENT_MISMATCH'), else code#action. */
  id: string;
  kind: 'checkpoint' | 'finding' | 'penalty';
  step: Step;
  /** The result code that judged it ('entry.sig.wrong', 'catch.DEA_INVALID', 'miss.ALLERGY'…). */
  code: string;
  finding?: FindingCode;
  /** Full marks on a checkpoint; a good result on anything else. */
  success: boolean;
  points: number;
  maxPoints: number;
  /** Scenario seconds from the previous action to the one that was judged; null for a step never done. */
  latencySeconds: number | null;
  /** The result itself, for the feedback wording. */
  result: Result;
}

/** Seconds the student spent on the action that produced this result. */
function latencyOf(result: Result, log: EncounterResult['log']): number | null {
  const action = log[result.actionIndex];
  if (result.actionIndex < 0 || !action) return null;
  const before = log[result.actionIndex - 1]?.at ?? 0;
  return Math.max(0, action.at - before);
}

/**
 * The scored steps of a finished encounter, in the order they were judged. A checkpoint counts
 * once (its first judgement carries its points); info nudges and unscored repeats are left out.
 */
export function scoredSteps(result: EncounterResult): ScoredStep[] {
  const steps: ScoredStep[] = [];
  const taken = new Set<string>();
  for (const r of result.results) {
    const onCheckpoint = r.checkpoint !== undefined && r.maxPoints > 0;
    const scoredElsewhere = r.outcome !== 'info' && (r.points !== 0 || r.finding !== undefined) && !onCheckpoint;
    if (!onCheckpoint && !scoredElsewhere) continue;
    const base = onCheckpoint ? r.checkpoint! : `${r.code}#${r.actionIndex}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
    taken.add(id);
    steps.push({
      id,
      kind: onCheckpoint ? 'checkpoint' : r.finding !== undefined ? 'finding' : 'penalty',
      step: r.step,
      code: r.code,
      ...(r.finding !== undefined ? { finding: r.finding } : {}),
      success: onCheckpoint ? r.points >= r.maxPoints : r.outcome === 'good',
      points: r.points,
      maxPoints: r.maxPoints,
      latencySeconds: latencyOf(r, result.log),
      result: r,
    });
  }
  return steps;
}
