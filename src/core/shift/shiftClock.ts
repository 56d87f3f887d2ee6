import type { ShiftState } from './shiftState';

/**
 * Shift seconds now: when the patient at the counter was called plus the seconds spent with them
 * (the store reads the encounter clock). Once the shift is over, the moment it ended.
 */
export function shiftClock(state: ShiftState, secondsWithPatient: number): number {
  if (state.over) return state.finished.at(-1)?.at ?? state.calledAt;
  // The encounter clock resumes from its last action after a reload; a logged time-up is never undone by that.
  return Math.max(state.calledAt + Math.max(0, secondsWithPatient), state.timeUpAt ?? 0);
}
