import type { Finding } from '../findings/codes';
import { interactionBetween } from '../rules/interaction';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { info, onCheckpoint, penalty, say, type Move } from './judge';
import { isNudge, nextUp, workable } from './order';
import { rxStops } from './plan';
import { backToSelection, productRef, updateRx } from './progress';
import { missCode } from './resultCodes';
import type { EncounterState } from './state';

/** True when the worst interaction of this prescription's product is major or contraindicated. */
function seriousInteraction(scenario: ResolvedEncounter, rx: Prescription): boolean {
  const product = scenario.products.get(rx.product);
  if (product === undefined) return true;
  const others = [
    ...scenario.patient.medications.map((m) => m.product),
    ...scenario.prescriptions.filter((p) => p.id !== rx.id).map((p) => p.product),
  ];
  return others.some((id) => {
    const other = scenario.products.get(id);
    const found = other === undefined || other.generic === product.generic ? undefined : interactionBetween(product, other);
    return found !== undefined && found.severity !== 'moderate';
  });
}

/**
 * A stop finding that reaches the pharmacist is a critical error when a patient could be
 * badly hurt or the law broken outright: an allergy, a serious interaction, or any problem
 * on a C-II (filling a forged or invalid C-II).
 */
export function isCriticalMiss(scenario: ResolvedEncounter, rx: Prescription, finding: Finding): boolean {
  if (scenario.products.get(rx.product)?.schedule === 'II') return true;
  if (finding.code === 'ALLERGY') return true;
  return finding.code === 'INTERACTION' && seriousInteraction(scenario, rx);
}

/** How far a stop finding that reaches verification sets the student back, beyond the catch not earned. */
export const VERIFICATION_CATCH_PENALTY = -10;

/** Basket handed to the pharmacist, who acts on the rules' findings for this prescription. */
export function submitForVerification(state: EncounterState, index: number, rx: string): Move {
  const w = workable(state, index, rx, 'verify');
  if (isNudge(w)) return say(state, w);
  const where = { step: 'verify' as const, rx };
  if (w.progress.status !== 'verify') {
    return say(state, info(index, 'order.labelFirst', where, { next: nextUp(w, state) }));
  }
  const stops = rxStops(state.findings, rx);
  if (stops.length > 0) {
    const worst = stops.find((f) => isCriticalMiss(state.scenario, w.prescription, f)) ?? stops[0]!;
    const also = stops.filter((f) => f !== worst);
    const result = onCheckpoint(
      state,
      index,
      'catch',
      { about: rx, ...where },
      {
        code: missCode(worst.code),
        outcome: isCriticalMiss(state.scenario, w.prescription, worst) ? 'critical' : 'mistake',
        points: VERIFICATION_CATCH_PENALTY,
        finding: worst.code,
        params: { via: 'verification', findings: [worst, ...also] },
      },
    );
    return say(updateRx(state, rx, { status: 'held' }), result);
  }
  const bottle = w.progress.selectedProductId;
  if (bottle !== w.prescription.product) {
    // The pharmacist sends the basket back: the right bottle must be pulled, scanned and counted again.
    const result = penalty(index, 'verify.wrongProduct', where, {
      skill: 'safety',
      points: -5,
      outcome: 'mistake',
      params: {
        holding: bottle === null ? null : productRef(state.scenario, bottle),
        wanted: productRef(state.scenario, w.prescription.product),
      },
    });
    return say(updateRx(state, rx, { ...backToSelection, selectedProductId: null, lot: null }), result);
  }
  const result = onCheckpoint(
    state,
    index,
    'verify.submit',
    { about: rx, ...where },
    {
      code: 'verify.passed',
      outcome: 'good',
      params: { product: productRef(state.scenario, bottle) },
    },
  );
  return say(updateRx(state, rx, { status: 'verified' }), result);
}
