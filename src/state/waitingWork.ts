import { arrivals, waitingAfter, type LocalText, type ResolvedEncounter, type ShiftState } from '../core';

/** One piece of work waiting in a shift, for the student to choose what comes next. */
export interface WaitingWork {
  turn: number;
  /** The patient's name, or the back-room task's title. */
  name: LocalText;
  /** True for a back-room task (shown as a box, not a person). */
  task: boolean;
  urgent: boolean;
}

/** The work that has arrived by shift second `clock` and waits behind the counter, in arrival order. */
export function waitingWork(state: ShiftState, encounters: ReadonlyMap<string, ResolvedEncounter>, clock: number): WaitingWork[] {
  return waitingAfter(state, arrivals(state, clock).arrived).flatMap((p) => {
    const e = encounters.get(p.path);
    if (!e) return [];
    const task = e.channel === 'backRoom';
    return [{ turn: p.turn, name: task ? e.title : `${e.patient.firstName} ${e.patient.lastName}`, task, urgent: p.urgency === 'urgent' }];
  });
}
