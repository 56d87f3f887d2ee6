import type { Step } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { info } from './judge';
import { prescriptionOf, rxName } from './progress';
import type { Result } from './results';
import type { EncounterState, RxProgress, RxStatus } from './state';

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
    const ids = state.scenario.prescriptions.map((p) => p.id).join(', ');
    return info(index, 'rx.unknown', { step }, `There is no prescription "${rx}" in this encounter; its prescriptions are ${ids}.`);
  }
  const name = rxName(state.scenario, rx);
  if (progress.status === 'held') {
    return info(index, 'rx.held', { step, rx }, `That prescription is with the pharmacist: ${name} was stopped and needs nothing more from you.`);
  }
  if (progress.status === 'verified') {
    return info(index, 'rx.verified', { step, rx }, `${capital(name)} is already verified and in the bag; it waits for pick-up.`);
  }
  return { progress, prescription };
}

/** True when the guard returned a nudge rather than a prescription. */
export const isNudge = (w: Workable | Result): w is Result => 'code' in w;

/** What the student still has to do before a prescription in this status can reach `step`. */
const NEXT_FOR: Record<Exclude<RxStatus, 'verified' | 'held'>, string> = {
  intake: 'review it at intake and accept it (or flag a problem)',
  entry: 'enter it on the data-entry screen',
  selection: 'take the product from the shelf and scan it',
  count: 'count or measure it',
  label: 'print its label',
  verify: 'submit it for verification',
};

/** "First …": the next thing to do on this prescription, for out-of-order nudges. */
export function firstDo(w: Workable, state: EncounterState): string {
  const status = w.progress.status as keyof typeof NEXT_FOR;
  return `${capital(rxName(state.scenario, w.progress.id))} is waiting for you to ${NEXT_FOR[status]}.`;
}

/** Upper-cases the first letter of a sentence. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
