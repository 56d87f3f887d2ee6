import { info, onCheckpoint, penalty, say, type Move } from './judge';
import { capital } from './order';
import { findingFor, pickupReady, rxName } from './progress';
import type { EncounterState } from './state';

const where = { step: 'pickup' as const };

/** Why the pick-up window is not open yet, or null when it is. */
function notYet(state: EncounterState, index: number): Move | null {
  if (pickupReady(state)) return null;
  const waiting = Object.values(state.rx)
    .filter((p) => p.status !== 'verified' && p.status !== 'held')
    .map((p) => rxName(state.scenario, p.id));
  const detail =
    waiting.length > 0
      ? `The patient comes back for pick-up once every prescription is verified; still in progress: ${waiting.join('; ')}.`
      : 'There is nothing to pick up: every prescription is with the pharmacist.';
  return say(state, info(index, waiting.length > 0 ? 'order.notAtPickup' : 'order.nothingToHandOut', where, detail));
}

/** Pick-up identity check: the person at the window gives name and date of birth. */
export function confirmPickupIdentity(state: EncounterState, index: number): Move {
  const blocked = notYet(state, index);
  if (blocked !== null) return blocked;
  if (state.identity.pickup) return say(state, info(index, 'order.alreadyDone', where, 'You already confirmed who is collecting.'));
  const stranger = findingFor(state, 'PATIENT_MISMATCH', undefined);
  if (stranger !== undefined) {
    return say(state, penalty(index, 'identity.pickupMismatch', where, {
      skill: 'safety',
      points: -5,
      outcome: 'mistake',
      finding: 'PATIENT_MISMATCH',
      detail: `You confirmed an identity that does not match: ${stranger.detail}`,
    }));
  }
  const { firstName, lastName } = state.scenario.patient;
  const result = onCheckpoint(state, index, 'identity.pickup', {}, {
    code: 'identity.pickup',
    outcome: 'good',
    detail: `You matched ${firstName} ${lastName}'s name and date of birth to every bag before handing anything over.`,
  });
  return say({ ...state, identity: { ...state.identity, pickup: true } }, result);
}

/** The offer of counseling by the pharmacist (OBRA '90); the technician offers, the pharmacist counsels. */
export function offerCounseling(state: EncounterState, index: number): Move {
  const blocked = notYet(state, index);
  if (blocked !== null) return blocked;
  if (state.counselingOffered) return say(state, info(index, 'order.alreadyDone', where, 'You already offered counseling.'));
  const result = onCheckpoint(state, index, 'pickup.counseling', {}, {
    code: 'counseling.offered',
    outcome: 'good',
    detail: 'You offered a conversation with the pharmacist about the new medicines.',
  });
  return say({ ...state, counselingOffered: true }, result);
}

/** The bag handed over: ends the encounter. */
export function handOut(state: EncounterState, index: number): Move {
  const blocked = notYet(state, index);
  if (blocked !== null) return blocked;
  const stranger = findingFor(state, 'PATIENT_MISMATCH', undefined);
  const bagged = Object.values(state.rx).filter((p) => p.status === 'verified').map((p) => rxName(state.scenario, p.id));
  const result =
    stranger !== undefined
      ? penalty(index, 'pickup.wrongPerson', where, {
          skill: 'safety',
          points: -20,
          outcome: 'critical',
          finding: 'PATIENT_MISMATCH',
          detail: `You handed the bag to someone who is not the patient. ${stranger.detail}`,
        })
      : info(index, 'pickup.handedOut', where, `${capital(bagged.join(' and '))} went home with the patient.`);
  // complete: true makes apply close the encounter and record whatever was left undone.
  return say({ ...state, handedOut: true, complete: true }, result);
}
