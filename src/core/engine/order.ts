import type { Step } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { info } from './judge';
import { prescriptionOf, rxRef } from './progress';
import type { NextUp } from './resultParams';
import type { Result } from './results';
import type { EncounterState, RxProgress } from './state';

/** A prescription an action may work on, with its facts. */
export interface Workable {
  progress: RxProgress;
  prescription: Prescription;
}

/**
 * Step-order guard shared by every per-prescription action: the id must exist and the
 * prescription must still be on the bench. Anything else gets a nudge, never an exception.
 */
export function workable(state: EncounterState, index: number, rx: string, step: Step): Workable | Result {
  const prescription = prescriptionOf(state.scenario, rx);
  const progress = state.rx[rx];
  if (prescription === undefined || progress === undefined) {
    return info(index, 'rx.unknown', { step }, { rx, ids: state.scenario.prescriptions.map((p) => p.id) });
  }
  if (progress.status === 'held') return info(index, 'rx.held', { step, rx }, { rx: rxRef(state.scenario, rx) });
  if (progress.status === 'verified') return info(index, 'rx.verified', { step, rx }, { rx: rxRef(state.scenario, rx) });
  return { progress, prescription };
}

/** True when the guard returned a nudge rather than a prescription. */
export const isNudge = (w: Workable | Result): w is Result => 'code' in w;

/** The next thing to do on this prescription, for out-of-order nudges ("… is waiting for you to …"). */
export function nextUp(w: Workable, state: EncounterState): NextUp {
  return { rx: rxRef(state.scenario, w.progress.id), status: w.progress.status as NextUp['status'] };
}
