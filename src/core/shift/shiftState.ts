import type { Action } from '../engine/actions';
import type { Shift } from '../scenario/shiftSchema';

/** One patient of the shift: which encounter they bring and when they walk in. */
export interface ShiftPatient {
  /** Their place in the shift's arrival order, from 0. */
  turn: number;
  /** The encounter file, resolved against the shift file's folder. */
  path: string;
  /** Shift seconds at which they walk in. */
  arrivesAt: number;
  /** urgent work comes before anything routine (the shift entry's urgency). */
  urgency: 'routine' | 'urgent';
}

/** An encounter the student has finished: enough to replay and score it again. */
export interface FinishedEncounter {
  source: string;
  log: readonly Action[];
  /** Shift seconds when it finished. */
  at: number;
}

/** The whole state of a shift: derived, never stored; replaying the shift log rebuilds it. */
export interface ShiftState {
  shift: Shift;
  /** Every patient, in arrival order (the order they come to the counter). */
  patients: readonly ShiftPatient[];
  /** The turn of the patient at the counter; equals `patients.length` once everyone has been seen. */
  current: number;
  /** Shift seconds when the patient at the counter was called: the shift clock's reading at their second 0. */
  calledAt: number;
  finished: readonly FinishedEncounter[];
  /** Shift seconds when the time limit was found passed; null while there is time left (or no limit). */
  timeUpAt: number | null;
  /** True once the last patient is done, or the patient at the counter when time ran out is. */
  over: boolean;
}
