import type { FindingCode, Step } from '../findings/codes';
import { CHECKPOINT_KINDS, checkpointId, checkpointsFor, type CheckpointKind } from './checkpoints';
import type { ResultCode } from './resultCodes';
import type { ResultParams } from './resultParams';
import type { Outcome, Result, ResultWords, Skill } from './results';
import type { EncounterState } from './state';

/** What one handler returns: the next state and what it judged (apply appends the results). */
export interface Move {
  state: EncounterState;
  results: Result[];
}

/** Where a result belongs: the step, and the prescription or question line it is about. */
export interface Where {
  step: Step;
  rx?: string;
  question?: string;
}

/** A move that changes nothing but says something. */
export const say = (state: EncounterState, ...results: Result[]): Move => ({ state, results });

/** A code and its params as one value; TypeScript cannot tie a generic code to its params, the signature does. */
const words = <C extends ResultCode>(code: C, params: ResultParams[C]): ResultWords => ({ code, params }) as ResultWords;

/** An unscored nudge (out-of-order action, already done, unknown id). */
export function info<C extends ResultCode>(index: number, code: C, where: Where, params: ResultParams[C]): Result {
  return { ...words(code, params), ...where, skill: 'efficiency', outcome: 'info', points: 0, maxPoints: 0, actionIndex: index };
}

/** A deduction outside any checkpoint (a false alarm, a bag handed to a stranger). */
export function penalty<C extends ResultCode>(
  index: number,
  code: C,
  where: Where,
  judged: { skill: Skill; points: number; outcome: Exclude<Outcome, 'good' | 'info'>; params: ResultParams[C]; finding?: FindingCode },
): Result {
  const { params, ...rest } = judged;
  return { ...words(code, params), ...where, ...rest, maxPoints: 0, actionIndex: index };
}

/** True once a checkpoint has been scored (the first attempt counts; later ones are feedback only). */
export function isScored(state: EncounterState, id: string): boolean {
  return state.results.some((r) => r.checkpoint === id && r.maxPoints > 0);
}

/** The judgement of one checkpoint attempt: a result code with its params. points defaults to full for good and 0 otherwise. */
export type Verdict = {
  outcome: Exclude<Outcome, 'info'>;
  points?: number;
  finding?: FindingCode;
} & ResultWords;

/**
 * A result on a checkpoint. It carries points only the first time an expected checkpoint is
 * judged; a repeat, or work the expert would not have done (filling a prescription that had
 * to be stopped), earns nothing, though penalties still count.
 */
export function onCheckpoint(
  state: EncounterState,
  index: number,
  kind: CheckpointKind,
  where: Partial<Where> & { about?: string },
  verdict: Verdict,
): Result {
  const id = checkpointId(kind, where.about);
  const expected = checkpointsFor(state.scenario, state.findings).find((c) => c.id === id);
  const live = expected !== undefined && !isScored(state, id);
  const full = expected?.points ?? 0;
  const wanted = verdict.points ?? (verdict.outcome === 'good' ? full : 0);
  const { about: _about, ...place } = where;
  return {
    ...words(verdict.code, verdict.params),
    ...(verdict.finding !== undefined ? { finding: verdict.finding } : {}),
    step: place.step ?? expected?.step ?? CHECKPOINT_KINDS[kind].step,
    ...(place.rx !== undefined ? { rx: place.rx } : {}),
    ...(place.question !== undefined ? { question: place.question } : {}),
    skill: CHECKPOINT_KINDS[kind].skill,
    outcome: verdict.outcome,
    points: live ? wanted : Math.min(0, wanted),
    maxPoints: live ? full : 0,
    actionIndex: index,
    checkpoint: id,
  };
}
