import { info, onCheckpoint, penalty, say, type Move } from './judge';
import { findingFor, pickupReady, rxRef } from './progress';
import type { Result } from './results';
import type { EncounterState } from './state';

const where = { step: 'pickup' as const };

/** Why the pick-up window is not open yet, or null when it is. */
export function notYet(state: EncounterState, index: number): Move | null {
  if (pickupReady(state)) return null;
  const waiting = Object.values(state.rx)
    .filter((p) => p.status !== 'verified' && p.status !== 'held')
    .map((p) => rxRef(state.scenario, p.id));
  return say(
    state,
    waiting.length > 0 ? info(index, 'order.notAtPickup', where, { waiting }) : info(index, 'order.nothingToHandOut', where, {}),
  );
}

/** Pick-up identity check: the person at the window gives name and date of birth. */
export function confirmPickupIdentity(state: EncounterState, index: number): Move {
  const blocked = notYet(state, index);
  if (blocked !== null) return blocked;
  if (state.identity.pickup) return say(state, info(index, 'order.alreadyDone', where, { done: 'pickupIdentity' }));
  const stranger = findingFor(state, 'PATIENT_MISMATCH', undefined);
  if (stranger !== undefined) {
    return say(
      state,
      penalty(index, 'identity.pickupMismatch', where, {
        skill: 'safety',
        points: -5,
        outcome: 'mistake',
        finding: 'PATIENT_MISMATCH',
        params: { finding: stranger },
      }),
    );
  }
  const { firstName, lastName } = state.scenario.patient;
  const result = onCheckpoint(
    state,
    index,
    'identity.pickup',
    {},
    {
      code: 'identity.pickup',
      outcome: 'good',
      params: { patient: { first: firstName, last: lastName } },
    },
  );
  return say({ ...state, identity: { ...state.identity, pickup: true } }, result);
}

/** The offer of counseling by the pharmacist (OBRA '90); the technician offers, the pharmacist counsels. */
export function offerCounseling(state: EncounterState, index: number): Move {
  const blocked = notYet(state, index);
  if (blocked !== null) return blocked;
  if (state.counselingOffered) return say(state, info(index, 'order.alreadyDone', where, { done: 'counseling' }));
  const result = onCheckpoint(
    state,
    index,
    'pickup.counseling',
    {},
    {
      code: 'counseling.offered',
      outcome: 'good',
      params: {},
    },
  );
  return say({ ...state, counselingOffered: true }, result);
}

/** The bag handed over: ends the encounter. */
export function handOut(state: EncounterState, index: number): Move {
  const blocked = notYet(state, index);
  if (blocked !== null) return blocked;
  const stranger = findingFor(state, 'PATIENT_MISMATCH', undefined);
  const bagged = Object.values(state.rx)
    .filter((p) => p.status === 'verified')
    .map((p) => rxRef(state.scenario, p.id));
  const result =
    stranger !== undefined
      ? penalty(index, 'pickup.wrongPerson', where, {
          skill: 'safety',
          points: -20,
          outcome: 'critical',
          finding: 'PATIENT_MISMATCH',
          params: { finding: stranger },
        })
      : (otherBagHandedOut(state, index) ?? info(index, 'pickup.handedOut', where, { bagged }));
  // complete: true makes apply close the encounter and record whatever was left undone.
  return say({ ...state, handedOut: true, complete: true }, result);
}

/** At hand-out: another patient's bag still with this patient's is a critical error, or null when there is none. */
export function otherBagHandedOut(state: EncounterState, index: number): Result | null {
  const other = state.scenario.register?.otherBag;
  if (other === undefined || state.register.bagSetAside) return null;
  return penalty(index, 'register.otherBagHandedOut', where, {
    skill: 'safety',
    points: -20,
    outcome: 'critical',
    params: { name: other.name, drug: other.drug },
  });
}
