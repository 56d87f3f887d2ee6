import type { CallDecision } from './actions';
import { CHECKPOINT_KINDS } from './checkpoints';
import { info, onCheckpoint, say, type Move } from './judge';
import { callRx, callStop, expectedCallDecision, refillEarliest } from './phonePlan';
import { prescriptionOf, rxRef } from './progress';
import type { Result } from './results';
import type { EncounterState } from './state';

const where = { step: 'intake' as const };

/** The newest fill of this prescription's product on the profile, if any. */
function lastFillOf(state: EncounterState, product: string): string | undefined {
  return state.scenario.patient.fillHistory
    .filter((f) => f.product === product)
    .reduce<string | undefined>((best, f) => (best === undefined || f.date >= best ? f.date : best), undefined);
}

/** On a refill call: the prescription looked up, showing refills left, the last fill and when the next is due. */
export function lookUpRx(state: EncounterState, index: number, rx: string): Move {
  if (state.scenario.call === undefined) return say(state, info(index, 'call.none', where, {}));
  const p = prescriptionOf(state.scenario, rx);
  if (p === undefined) return say(state, info(index, 'rx.unknown', where, { rx, ids: state.scenario.prescriptions.map((x) => x.id) }));
  if (state.call.lookedUp) return say(state, info(index, 'order.alreadyDone', where, { done: 'lookup' }));
  const lastFill = lastFillOf(state, p.product);
  const earliest = refillEarliest(state.findings, rx);
  const result = onCheckpoint(
    state,
    index,
    'call.lookup',
    { about: rx, rx },
    {
      code: 'call.lookedUp',
      outcome: 'good',
      params: {
        rx: rxRef(state.scenario, rx),
        refills: p.refills,
        used: p.refillsUsed,
        ...(lastFill !== undefined ? { lastFill } : {}),
        ...(earliest !== undefined ? { earliest } : {}),
      },
    },
  );
  return say({ ...state, call: { ...state.call, lookedUp: true } }, result);
}

/** What the technician does with the call: judged against the expert's decision; the call then ends. */
export function answerCall(state: EncounterState, index: number, decision: CallDecision): Move {
  const call = state.scenario.call;
  if (call === undefined) return say(state, info(index, 'call.none', where, {}));
  const id = callRx(state.scenario).id;
  const expected = expectedCallDecision(state.scenario, state.findings);
  const stop = callStop(state.scenario, state.findings);
  const earliest = refillEarliest(state.findings, id);
  const facts = {
    kind: call.kind,
    decision,
    rx: rxRef(state.scenario, id),
    ...(earliest !== undefined ? { earliest } : {}),
    ...(decision === 'requestAuthorization' ? { expectDays: state.scenario.parameters.refillAuthorizationDays } : {}),
  };
  const place = { rx: id, step: 'intake' as const };
  let result: Result;
  if (decision === 'takeVerbalOrder' && expected !== 'takeVerbalOrder') {
    // Taking a verbal order the state keeps for the pharmacist is out of a technician's scope.
    result = onCheckpoint(state, index, 'call.decision', place, {
      code: 'call.outOfScope',
      outcome: 'critical',
      points: -CHECKPOINT_KINDS['call.decision'].points,
      ...(stop !== undefined ? { finding: stop.code } : {}),
      params: { kind: call.kind, rx: facts.rx, phonedInCII: stop !== undefined },
    });
  } else if (decision === expected) {
    result = onCheckpoint(state, index, 'call.decision', place, { code: 'call.handled', outcome: 'good', params: facts });
  } else {
    result = onCheckpoint(state, index, 'call.decision', place, {
      code: 'call.wrongDecision',
      outcome: 'mistake',
      ...(stop !== undefined ? { finding: stop.code } : {}),
      params: { ...facts, expected },
    });
  }
  // Whatever was decided, the caller hangs up: the call is over.
  return say({ ...state, call: { ...state.call, decision }, complete: true }, result);
}
