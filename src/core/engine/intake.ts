import { info, onCheckpoint, say, type Move } from './judge';
import { isNudge, nextUp, workable } from './order';
import { rxRef, updateRx } from './progress';
import type { EncounterState } from './state';

/** Drop-off identity check: two identifiers asked and matched to the profile. */
export function confirmDropoffIdentity(state: EncounterState, index: number): Move {
  if (state.identity.dropoff) {
    return say(state, info(index, 'order.alreadyDone', { step: 'intake' }, { done: 'dropoffIdentity' }));
  }
  const { firstName, lastName, dateOfBirth } = state.scenario.patient;
  const result = onCheckpoint(
    state,
    index,
    'identity.dropoff',
    {},
    {
      code: 'identity.dropoff',
      outcome: 'good',
      params: { patient: { first: firstName, last: lastName }, dateOfBirth },
    },
  );
  return say({ ...state, identity: { ...state.identity, dropoff: true } }, result);
}

/** Intake review passed: the prescription moves on to data entry. */
export function acceptPrescription(state: EncounterState, index: number, rx: string): Move {
  const w = workable(state, index, rx, 'intake');
  if (isNudge(w)) return say(state, w);
  if (w.progress.status !== 'intake') {
    return say(
      state,
      info(index, 'order.alreadyAccepted', { step: 'intake', rx }, { rx: rxRef(state.scenario, rx), next: nextUp(w, state) }),
    );
  }
  if (!state.identity.dropoff) return say(state, info(index, 'order.identityFirst', { step: 'intake', rx }, {}));
  const result = onCheckpoint(
    state,
    index,
    'intake.accept',
    { about: rx, rx },
    {
      code: 'intake.accepted',
      outcome: 'good',
      params: { rx: rxRef(state.scenario, rx) },
    },
  );
  // Accepting a prescription that should have been stopped is not judged here: the catch
  // checkpoint is judged when the student flags it late or the pharmacist stops it.
  const shown = result.maxPoints > 0 ? result : { ...result, outcome: 'info' as const };
  return say(updateRx(state, rx, { status: 'entry' }), shown);
}
