import { rejectOf } from '../claims/response';
import { patientAtCounter, type ErrorDiscovered } from '../scenario/errorDiscoveredSchema';
import { claimPending } from './claims';
import { errorToOwn, patientToCall, productOnHand } from './errorToOwn';
import { flaggedEncounter } from './flagging';
import { findingFor, hasResult, pickupReady, productRef, rxRef } from './progress';
import { nextDeliveryMove, toteLineRef } from './receiving';
import { callNeedsLookup, callRx } from './phonePlan';
import { pendingQuestions } from './questions';
import { registerFacts } from './registerPlan';
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

/** The next step of the error protocol, in the order the pharmacist wants it. */
/** Submit the claim, or answer its reject, once data entry is done and before the product is pulled. */
function claimHint(state: EncounterState, p: RxProgress): NextStep | null {
  if (p.status !== 'selection' || p.entry === null || !claimPending(state, p.id)) return null;
  const rx = rxRef(state.scenario, p.id);
  const reject = p.claim === null ? undefined : rejectOf(p.claim.response);
  return reject === undefined
    ? { step: 'entry', rx: p.id, code: 'claim.submit', params: { rx } }
    : { step: 'entry', rx: p.id, code: 'claim.resolve', params: { rx, reject: reject.code } };
}

function errorHint(state: EncounterState, facts: ErrorDiscovered): NextStep {
  const done = state.errorProtocol;
  if (patientAtCounter(facts) && !state.identity.dropoff) return { step: 'intake', code: 'identity.dropoff', params: {} };
  if (!done.told) return { step: 'report', code: 'error.tell', params: {} };
  if (productOnHand(facts) && done.wrongProduct === null) return { step: 'report', code: 'error.keep', params: {} };
  if (patientToCall(facts) && !done.contacted) return { step: 'report', code: 'error.contact', params: {} };
  return { step: 'report', code: 'error.report', params: {} };
}

/** The next move of the delivery, named: which line to check, put away, report or hand over, or which bottle to pull. */
function deliveryHint(state: EncounterState): NextStep | null {
  const m = nextDeliveryMove(state);
  if (m === null) return { step: 'selection', code: 'receive.finish', params: {} };
  const step = m.kind === 'report' || m.kind === 'toPharmacist' ? ('report' as const) : ('selection' as const);
  if (m.kind === 'pull') return { step, code: 'receive.pull', params: { lot: m.lot, product: productRef(state.scenario, m.product) } };
  return { step, code: `receive.${m.kind}`, params: { line: toteLineRef(state, m.line) } };
}

/** What the engine suggests next, as a hint code, for hints and the HUD; null once the encounter is over. */
export function nextStep(state: EncounterState): NextStep | null {
  if (state.complete) return null;
  if (state.scenario.delivery !== undefined) return deliveryHint(state);
  const error = errorToOwn(state);
  if (error?.planted === true) return errorHint(state, error.facts);
  if (error !== null && !state.errorProtocol.reported) return { step: 'report', code: 'error.report', params: {} };
  const call = state.scenario.call;
  if (call !== undefined) {
    const rx = callRx(state.scenario);
    if (callNeedsLookup(state.scenario) && !state.call.lookedUp)
      return { step: 'intake', rx: rx.id, code: 'call.lookUp', params: { rx: rxRef(state.scenario, rx.id) } };
    return { step: 'intake', code: 'call.decide', params: { caller: call.caller } };
  }
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
  const bagged = Object.values(state.rx)
    .filter((p) => p.status === 'verified')
    .map((p) => p.id);
  const register = registerFacts(state.scenario, bagged);
  if (register !== null) {
    if (register.idNeeded && !state.register.idChecked) return { step: 'pickup', code: 'register.photoId', params: {} };
    if (state.register.paid === null) return { step: 'pickup', code: 'register.collect', params: {} };
    if (!state.register.signed) return { step: 'pickup', code: 'register.sign', params: {} };
  }
  return { step: 'pickup', code: 'handOut', params: {} };
}
