import { rejectOf } from '../claims/response';
import { claimPending } from './claims';
import { flaggedEncounter } from './flagging';
import { findingFor, hasResult, pickupReady, rxRef } from './progress';
import { pendingQuestions } from './questions';
import type { RxRef } from './resultParams';
import type { EncounterState, NextStep, RxProgress } from './state';

/** What to do next on one prescription still on the bench; never hints at a problem to catch. */
function rxHint(p: RxProgress, ref: RxRef): NextStep | null {
  const rx = p.id;
  const params = { rx: ref };
  switch (p.status) {
    case 'intake':
      return { step: 'intake', rx, code: 'intake.review', params };
    case 'entry':
      return { step: 'entry', rx, code: 'entry.enter', params };
    case 'selection':
      return { step: 'selection', rx, code: p.selectedProductId === null ? 'selection.take' : 'selection.scan', params };
    case 'count':
      return { step: 'count', rx, code: 'count', params };
    case 'label':
      return { step: 'label', rx, code: 'label', params };
    case 'verify':
      return { step: 'verify', rx, code: 'verify', params };
    default:
      return null;
  }
}

/** Submit the claim, or answer its reject, once data entry is done and before the product is pulled. */
function claimHint(state: EncounterState, p: RxProgress): NextStep | null {
  if (p.status !== 'selection' || p.entry === null || !claimPending(state, p.id)) return null;
  const rx = rxRef(state.scenario, p.id);
  const reject = p.claim === null ? undefined : rejectOf(p.claim.response);
  return reject === undefined
    ? { step: 'entry', rx: p.id, code: 'claim.submit', params: { rx } }
    : { step: 'entry', rx: p.id, code: 'claim.resolve', params: { rx, reject: reject.code } };
}

/** What the engine suggests next, as a hint code, for hints and the HUD; null once the encounter is over. */
export function nextStep(state: EncounterState): NextStep | null {
  if (state.complete) return null;
  if (!state.identity.dropoff) return { step: 'intake', code: 'identity.dropoff', params: {} };
  const open = pendingQuestions(state);
  const dropoffQuestion = open.find((q) => q.stage === 'dropoff');
  if (dropoffQuestion !== undefined) return { step: 'intake', code: 'question.dropoff', params: { line: dropoffQuestion.line.text } };
  for (const p of state.scenario.prescriptions) {
    const progress = state.rx[p.id];
    const hint = progress === undefined ? null : (claimHint(state, progress) ?? rxHint(progress, rxRef(state.scenario, p.id)));
    if (hint !== null) return hint;
  }
  if (!pickupReady(state)) return null;
  const stranger = findingFor(state, 'PATIENT_MISMATCH', undefined) !== undefined;
  if (stranger && flaggedEncounter(state, 'PATIENT_MISMATCH')) return { step: 'pickup', code: 'pickup.pharmacistBusy', params: {} };
  if (stranger && hasResult(state, 'identity.pickupMismatch')) return { step: 'pickup', code: 'pickup.flagStranger', params: {} };
  const pickupQuestion = open.find((q) => q.stage === 'pickup');
  if (pickupQuestion !== undefined) return { step: 'pickup', code: 'question.pickup', params: { line: pickupQuestion.line.text } };
  if (!state.identity.pickup && !hasResult(state, 'identity.pickupMismatch'))
    return { step: 'pickup', code: 'identity.pickup', params: {} };
  if (!state.counselingOffered) return { step: 'pickup', code: 'counseling', params: {} };
  return { step: 'pickup', code: 'handOut', params: {} };
}
