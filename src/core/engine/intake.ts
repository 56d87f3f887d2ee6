import { info, onCheckpoint, say, type Move } from './judge';
import { firstDo, isNudge, workable } from './order';
import { rxName, updateRx } from './progress';
import type { EncounterState } from './state';

/** Drop-off identity check: two identifiers asked and matched to the profile. */
export function confirmDropoffIdentity(state: EncounterState, index: number): Move {
  if (state.identity.dropoff) {
    return say(state, info(index, 'order.alreadyDone', { step: 'intake' }, "You already confirmed the patient's identity at drop-off."));
  }
  const { firstName, lastName, dateOfBirth } = state.scenario.patient;
  const result = onCheckpoint(state, index, 'identity.dropoff', {}, {
    code: 'identity.dropoff',
    outcome: 'good',
    detail: `You confirmed ${firstName} ${lastName}'s name and date of birth (${dateOfBirth}) against the profile.`,
  });
  return say({ ...state, identity: { ...state.identity, dropoff: true } }, result);
}

/** Intake review passed: the prescription moves on to data entry. */
export function acceptPrescription(state: EncounterState, index: number, rx: string): Move {
  const w = workable(state, index, rx, 'intake');
  if (isNudge(w)) return say(state, w);
  if (w.progress.status !== 'intake') {
    return say(state, info(index, 'order.alreadyAccepted', { step: 'intake', rx }, `You already accepted ${rxName(state.scenario, rx)}. ${firstDo(w, state)}`));
  }
  if (!state.identity.dropoff) {
    return say(
      state,
      info(index, 'order.identityFirst', { step: 'intake', rx }, "Confirm the patient's identity (name and date of birth) before you review the prescription."),
    );
  }
  const result = onCheckpoint(state, index, 'intake.accept', { about: rx, rx }, {
    code: 'intake.accepted',
    outcome: 'good',
    detail: `You reviewed ${rxName(state.scenario, rx)} and sent it on to data entry.`,
  });
  // Accepting a prescription that should have been stopped is not judged here: the catch
  // checkpoint is judged when the student flags it late or the pharmacist stops it.
  const shown = result.maxPoints > 0 ? result : { ...result, outcome: 'info' as const };
  return say(updateRx(state, rx, { status: 'entry' }), shown);
}
