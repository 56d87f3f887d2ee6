import type { ClaimBilling } from '../claims/planRecord';
import { claimRequired } from '../claims/planRecord';
import { HOLDS, OUT_OF_SCOPE, type Payer, type Resolution } from '../claims/rejectCodes';
import { rejectOf, type ClaimResponse } from '../claims/response';
import type { Prescription } from '../scenario/encounterSchema';
import { atLimit, claimResponse, expectedResolution, expertClaim, rightResolution, type Billed } from './claimPlan';
import { info, onCheckpoint, say, type Move } from './judge';
import { isNudge, nextUp, workable, type Workable } from './order';
import { rxRef, updateRx } from './progress';
import type { Result, ResultWords } from './results';
import type { ClaimProgress, EncounterState } from './state';

const where = (rx: string) => ({ step: 'entry' as const, rx });

/** The plan's name for a payer, for feedback. */
function planName(state: EncounterState, payer: Payer): string {
  const insurance = state.scenario.patient.insurance;
  const id = payer === 'plan' ? insurance?.planId : insurance?.secondary?.planId;
  return (id !== undefined ? state.scenario.planById?.get(id)?.name : undefined) ?? insurance?.plan ?? '';
}

/** The plan's answer as a result: paid, or the reject's own code. */
function answer(state: EncounterState, rx: string, payer: Payer, response: ClaimResponse, quantity: number): ResultWords {
  const ref = rxRef(state.scenario, rx);
  const plan = planName(state, payer);
  if (response.status === 'paid') {
    return { code: 'claim.paid', params: { rx: ref, plan, copay: response.copay, tier: response.tier, quantity } };
  }
  const reject = rejectOf(response)!;
  // The code is built from the reject, so TypeScript cannot tie it to its params; every reject code carries the same ones.
  return { code: `claim.rejected.${reject.code}`, params: { rx: ref, plan, reject } } as ResultWords;
}

/** A claim needs a plan to bill and a finished data entry; anything else is a nudge. */
function claimable(state: EncounterState, index: number, rx: string): Workable | Result {
  const w = workable(state, index, rx, 'entry');
  if (isNudge(w)) return w;
  if (!claimRequired(state.scenario)) return info(index, 'claim.notBilled', where(rx), { rx: rxRef(state.scenario, rx) });
  if (w.progress.entry === null) return info(index, 'order.enterFirst', where(rx), { next: nextUp(w, state) });
  if (w.progress.claim?.settled) return info(index, 'claim.settled', where(rx), { rx: rxRef(state.scenario, rx) });
  return w;
}

const same = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();

/** True when the student billed what the expert bills first: the plan on the profile, the card's member, the registry NPI. */
function billedLikeExpert(rx: Prescription, state: EncounterState, billing: ClaimBilling): boolean {
  const want = expertClaim(state.scenario, rx)?.billing;
  return (
    want !== undefined &&
    billing.payer === want.payer &&
    same(billing.memberId, want.memberId) &&
    billing.personCode.trim() === want.personCode &&
    billing.dateOfBirth.trim() === want.dateOfBirth &&
    billing.prescriberNpi.trim() === want.prescriberNpi
  );
}

/** The claim sent, or corrected and sent again: the plan adjudicates what was entered and billed. */
export function submitClaim(state: EncounterState, index: number, rx: string, billing: ClaimBilling): Move {
  const w = claimable(state, index, rx);
  if (isNudge(w)) return say(state, w);
  const entry = w.progress.entry!;
  const billed = { quantity: entry.quantity, daysSupply: entry.daysSupply };
  const response = claimResponse(state.scenario, w.prescription, billing, billed, entry.productId);
  if (response === undefined) return say(state, info(index, 'claim.noSecondary', where(rx), { rx: rxRef(state.scenario, rx) }));
  const words = answer(state, rx, billing.payer, response, entry.quantity);
  const right = billedLikeExpert(w.prescription, state, billing);
  const result = onCheckpoint(state, index, 'claim.submit', { about: rx, ...where(rx) }, { ...words, outcome: right ? 'good' : 'mistake' });
  const claim: ClaimProgress = { payer: billing.payer, response, ...billed, settled: response.status === 'paid' ? 'paid' : null };
  return say(updateRx(state, rx, { claim }), result);
}

/** A rejected claim answered; a DUR or early-refill override without the pharmacist is out of scope. */
export function resolveClaim(state: EncounterState, index: number, rx: string, resolution: Resolution): Move {
  const w = claimable(state, index, rx);
  if (isNudge(w)) return say(state, w);
  const claim = w.progress.claim;
  const reject = claim === null ? undefined : rejectOf(claim.response);
  if (claim === null || reject === undefined) {
    return say(state, info(index, 'claim.nothingToResolve', where(rx), { rx: rxRef(state.scenario, rx) }));
  }
  const ref = rxRef(state.scenario, rx);
  const billed: Billed = { payer: claim.payer, quantity: claim.quantity, daysSupply: claim.daysSupply };
  const cp = { about: rx, ...where(rx) };

  if (OUT_OF_SCOPE.has(resolution)) {
    const override = resolution as 'overrideDur' | 'overrideRefillTooSoon';
    const judged = onCheckpoint(state, index, 'claim.resolve', cp, {
      code: 'claim.override',
      outcome: 'critical',
      params: { rx: ref, override, reject },
    });
    return say(updateRx(state, rx, { claim: { ...claim, settled: 'override' } }), judged);
  }

  const expected = expectedResolution(state.scenario, reject, billed);
  const right = rightResolution(state.scenario, reject, billed, resolution);
  const judged = onCheckpoint(
    state,
    index,
    'claim.resolve',
    cp,
    right
      ? { code: 'claim.resolved', outcome: 'good', params: { rx: ref, resolution, reject } }
      : { code: 'claim.resolution.wrong', outcome: 'mistake', params: { rx: ref, chose: resolution, expected, reject } },
  );

  if (resolution === 'billSecondary' || resolution === 'adjustToLimit') {
    const next = resolution === 'billSecondary' ? { ...billed, payer: 'secondary' as const } : atLimit(reject, billed);
    // A limit the prescribed dose cannot meet is not adjusted: the technician may not change the dose.
    if (next === undefined) return say(state, judged);
    const billing = cardBilling(state, w.prescription, next.payer);
    const response = claimResponse(state.scenario, w.prescription, billing, next, w.progress.entry!.productId);
    // No second card on file: the answer is still judged, and the student is told there is nothing to bill.
    if (response === undefined) return say(state, judged, info(index, 'claim.noSecondary', where(rx), { rx: ref }));
    const words = answer(state, rx, next.payer, response, next.quantity);
    // The plan's new answer, unscored: the resolution above carried the points.
    const told: Result = { ...words, ...where(rx), skill: 'efficiency', outcome: 'info', points: 0, maxPoints: 0, actionIndex: index };
    const settled = response.status === 'paid' ? ('paid' as const) : null;
    return say(updateRx(state, rx, { claim: { ...next, response, settled } }), judged, told);
  }
  if (resolution === 'cashPrice') return say(updateRx(state, rx, { claim: { ...claim, settled: 'cash' } }), judged);
  if (HOLDS.has(resolution)) return say(updateRx(state, rx, { status: 'held' }), judged);
  return say(state, judged);
}

/** The billing sent when the student bills the other plan or adjusts: the card for that plan (a reject past the member checks means it was right). */
function cardBilling(state: EncounterState, rx: Prescription, payer: Payer): ClaimBilling {
  const expert = expertClaim(state.scenario, rx);
  const insurance = state.scenario.patient.insurance;
  const member = payer === 'plan' ? insurance : insurance?.secondary;
  return {
    payer,
    memberId: payer === 'plan' ? (expert?.billing.memberId ?? member?.memberId ?? '') : (member?.memberId ?? ''),
    personCode: payer === 'plan' ? (expert?.billing.personCode ?? '01') : (member?.personCode ?? '01'),
    dateOfBirth: state.scenario.patient.dateOfBirth,
    prescriberNpi: expert?.billing.prescriberNpi ?? rx.prescriber.npi ?? '',
  };
}

/** True when this prescription still needs its claim settled before the product is pulled. */
export function claimPending(state: EncounterState, rx: string): boolean {
  return claimRequired(state.scenario) && state.rx[rx]?.claim?.settled == null;
}
