import type { Shift } from '../scenario/shiftSchema';
import type { ShiftAction } from './shiftActions';
import type { ShiftPatient, ShiftState } from './shiftState';

/**
 * A shift before anything has happened. `pathOf` resolves an encounter's `file` against the shift
 * file's folder (the caller knows where the shift came from). Patients are put in arrival order;
 * patients who arrive together keep the file's order.
 */
export function start(shift: Shift, pathOf: (file: string) => string): ShiftState {
  const patients: ShiftPatient[] = shift.encounters
    .map((e, i) => ({ file: e.file, arrivesAt: e.arrivesAfterMinutes * 60, i }))
    .sort((a, b) => a.arrivesAt - b.arrivesAt || a.i - b.i)
    .map((p, turn) => ({ turn, path: pathOf(p.file), arrivesAt: p.arrivesAt }));
  return { shift, patients, current: 0, calledAt: patients[0]?.arrivesAt ?? 0, finished: [], timeUpAt: null, over: patients.length === 0 };
}

/**
 * The shift after one action. An action that does not fit (anything after the shift is over, a
 * second time-up) leaves the state as it was, so replaying any saved log is safe.
 */
export function apply(state: ShiftState, action: ShiftAction): ShiftState {
  if (state.over) return state;
  if (action.type === 'timeUp') return state.timeUpAt === null ? { ...state, timeUpAt: action.at } : state;
  const finished = [...state.finished, { source: action.source, log: action.log, at: action.at }];
  const current = state.current + 1;
  const next = state.patients[current];
  if (!next || state.timeUpAt !== null) return { ...state, finished, current, over: true };
  // Nobody can be served before they walk in: a student who is ahead waits, and the clock moves on to the arrival.
  return { ...state, finished, current, calledAt: Math.max(action.at, next.arrivesAt) };
}

/** The state after a whole shift log: the only way a shift state is built. */
export function replay(shift: Shift, pathOf: (file: string) => string, log: readonly ShiftAction[]): ShiftState {
  return log.reduce(apply, start(shift, pathOf));
}

/** The patient at the counter, or null once the shift is over. */
export function atCounter(state: ShiftState): ShiftPatient | null {
  return state.over ? null : (state.patients[state.current] ?? null);
}
