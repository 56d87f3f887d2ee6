import type { ShiftPatient, ShiftState } from './shiftState';

/** Who is in the shop at a moment of the shift. */
export interface Arrivals {
  /** How many of the shift's patients have walked in so far (served, at the counter or waiting). */
  arrived: number;
  /** The patients who have walked in and wait behind the one at the counter, in arrival order. */
  waiting: readonly ShiftPatient[];
}

/** Who has arrived by shift second `clock`: a patient appears once the clock reaches their arrival time. */
export function arrivals(state: ShiftState, clock: number): Arrivals {
  const arrived = state.patients.filter((p) => p.arrivesAt <= clock).length;
  return { arrived, waiting: waitingAfter(state, arrived) };
}

/**
 * The queue behind the counter once `arrived` patients have walked in. The store keeps only that
 * count, which changes when someone walks in, not every second.
 */
export function waitingAfter(state: ShiftState, arrived: number): readonly ShiftPatient[] {
  return state.over ? [] : state.patients.slice(state.current + 1, Math.max(state.current + 1, arrived));
}
