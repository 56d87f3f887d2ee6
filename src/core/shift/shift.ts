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
    .map((e, i) => ({ file: e.file, arrivesAt: e.arrivesAfterMinutes * 60, urgency: e.urgency, i }))
    .sort((a, b) => a.arrivesAt - b.arrivesAt || a.i - b.i)
    .map((p, turn) => ({ turn, path: pathOf(p.file), arrivesAt: p.arrivesAt, urgency: p.urgency }));
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
  const patients = takeNext(state.patients, current, action.next, action.at);
  const next = patients[current];
  if (!next || state.timeUpAt !== null) return { ...state, patients, finished, current, over: true };
  // Nobody can be served before they walk in: a student who is ahead waits, and the clock moves on to the arrival.
  return { ...state, patients, finished, current, calledAt: Math.max(action.at, next.arrivesAt) };
}

/**
 * The queue with the work the student chose (by turn) moved up to be next. Only work that has
 * walked in (or arrived in the back room) by `at` and is not yet done can be chosen; anything else
 * leaves arrival order as it is.
 */
function takeNext(patients: readonly ShiftPatient[], next: number, turn: number | undefined, at: number): readonly ShiftPatient[] {
  if (turn === undefined) return patients;
  const i = patients.findIndex((p) => p.turn === turn);
  const chosen = patients[i];
  if (chosen === undefined || i <= next || chosen.arrivesAt > at) return patients;
  return [...patients.slice(0, next), chosen, ...patients.slice(next).filter((p) => p.turn !== turn)];
}

/** The state after a whole shift log: the only way a shift state is built. */
export function replay(shift: Shift, pathOf: (file: string) => string, log: readonly ShiftAction[]): ShiftState {
  return log.reduce(apply, start(shift, pathOf));
}

/** The patient at the counter, or null once the shift is over. */
export function atCounter(state: ShiftState): ShiftPatient | null {
  return state.over ? null : (state.patients[state.current] ?? null);
}
