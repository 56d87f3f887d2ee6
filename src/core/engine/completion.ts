import { info, say, type Move } from './judge';
import { missedResults } from './missed';
import { pendingQuestions } from './questions';
import type { EncounterState } from './state';

/** Closes the encounter: everything the expert would have done that nobody did is recorded as missed. */
export function close(state: EncounterState): EncounterState {
  return { ...state, complete: true, results: [...state.results, ...missedResults(state)] };
}

/**
 * True when the encounter ends by itself: every prescription is with the pharmacist, so there
 * is no bag to hand out, and no question the patient asked is still waiting for a response.
 */
export function endsByItself(state: EncounterState): boolean {
  return !state.complete && Object.values(state.rx).every((p) => p.status === 'held') && pendingQuestions(state).length === 0;
}

/** The student ends the encounter (after stopping every prescription, or sending a stranger away). */
export function endEncounter(state: EncounterState, index: number): Move {
  return say({ ...state, complete: true }, info(index, 'encounter.ended', { step: 'pickup' }, {}));
}
