import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import type { CallDecision } from './actions';
import { rxStops } from './plan';

/**
 * The expert's way with a phone call, derived from the scenario and the rules' findings alone,
 * so the engine, the checkpoints and the solver agree (domain §3.2 and §6 step 1).
 */

/** The prescription a call is about: the encounter's first. */
export const callRx = (scenario: ResolvedEncounter): Prescription => scenario.prescriptions[0]!;

/** True when a call starts with looking the prescription up in the profile (a refill call). */
export const callNeedsLookup = (scenario: ResolvedEncounter): boolean => scenario.call?.kind === 'refill';

/** The finding the expert flags to stop the call (a phoned-in C-II), if any. */
export function callStop(scenario: ResolvedEncounter, findings: readonly Finding[]): Finding | undefined {
  if (scenario.call === undefined) return undefined;
  return rxStops(findings, callRx(scenario).id).find((f) => f.code === 'CII_PHONED_IN');
}

/** The one right thing to do with the call, or null when it is stopped with a flag instead, or there is no call. */
export function expectedCallDecision(scenario: ResolvedEncounter, findings: readonly Finding[]): CallDecision | null {
  const call = scenario.call;
  if (call === undefined || callStop(scenario, findings) !== undefined) return null;
  const rx = callRx(scenario);
  const stops = rxStops(findings, rx.id).map((f) => f.code);
  switch (call.kind) {
    case 'refill':
      // No refills left, or a prescription too old to refill: only the prescriber can authorise more.
      if (stops.includes('NO_REFILLS_LEFT') || stops.includes('RX_EXPIRED')) return 'requestAuthorization';
      if (stops.includes('REFILL_TOO_SOON')) return 'explainTooSoon';
      return stops.length > 0 ? 'toPharmacist' : 'queueRefill';
    case 'newPrescription': {
      const controlled = productOf(scenario, rx.product).schedule !== null;
      return scenario.parameters.techMayTakeVerbalOrders && !controlled && stops.length === 0 ? 'takeVerbalOrder' : 'toPharmacist';
    }
    case 'transfer':
    case 'clinicalQuestion':
      return 'toPharmacist';
  }
}

/** The date a too-soon refill may be filled, from the rules' finding. */
export function refillEarliest(findings: readonly Finding[], rx: string): string | undefined {
  const f = findings.find((x) => x.rx === rx && x.code === 'REFILL_TOO_SOON');
  return f?.code === 'REFILL_TOO_SOON' ? f.params.earliest : undefined;
}
