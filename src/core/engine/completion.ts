import { errorToOwn, isErrorVisit } from './errorToOwn';
import { info, penalty, say, type Move } from './judge';
import type { Result } from './results';
import { missedResults } from './missed';
import { pendingQuestions } from './questions';
import { nextDeliveryMove } from './receiving';
import type { EncounterState } from './state';

/** Closes the encounter: everything the expert would have done that nobody did is recorded as missed. */
export function close(state: EncounterState): EncounterState {
  return { ...state, complete: true, results: [...state.results, ...missedResults(state), ...unreportedError(state, -1)] };
}

/**
 * The student's own wrong fill, sent back at verification, was never reported. It is not on the
 * expert's path, so it costs no points, but the report says what the protocol asks.
 */
function unreportedError(state: EncounterState, index: number): Result[] {
  const error = errorToOwn(state);
  if (error === null || error.planted || state.errorProtocol.reported) return [];
  return [penalty(index, 'report.missed', { step: 'report' }, { skill: 'safety', points: 0, outcome: 'mistake', params: {} })];
}

/**
 * True when the encounter ends by itself: every prescription is with the pharmacist, so there
 * is no bag to hand out, and no question the patient asked is still waiting for a response.
 */
export function endsByItself(state: EncounterState): boolean {
  // A delivery has no prescriptions: it is over once every move of the expert's delivery is made.
  if (state.scenario.delivery !== undefined) return !state.complete && nextDeliveryMove(state) === null;
  return (
    !state.complete &&
    !isErrorVisit(state.scenario) &&
    Object.values(state.rx).every((p) => p.status === 'held') &&
    pendingQuestions(state).length === 0
  );
}

/** The student ends the encounter (after stopping every prescription, or sending a stranger away). */
export function endEncounter(state: EncounterState, index: number): Move {
  return say({ ...state, complete: true }, info(index, 'encounter.ended', { step: 'pickup' }, {}));
}
