import type { Finding, FindingCode, Step } from '../findings/codes';
import { productLabel } from '../rules/productNames';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { ResultCode } from './resultCodes';
import type { ProductRef, RxRef } from './resultParams';
import type { EncounterState, RxProgress, RxStatus } from './state';

/** The prescription with this id, or undefined for an id the scenario does not have. */
export function prescriptionOf(scenario: ResolvedEncounter, id: string): Prescription | undefined {
  return scenario.prescriptions.find((p) => p.id === id);
}

/** A prescription for feedback to name: by what the prescriber wrote, which the student can see. */
export function rxRef(scenario: ResolvedEncounter, id: string): RxRef {
  const p = prescriptionOf(scenario, id);
  return p === undefined ? { id } : { id, drug: p.drugAsWritten };
}

/** A product for feedback to name: tall-man spelling and strength ("hydrOXYzine 25 mg"). */
export function productRef(scenario: ResolvedEncounter, id: string): ProductRef {
  const p = scenario.products.get(id);
  return p === undefined ? { id } : { id, label: productLabel(p) };
}

/** The step a prescription is waiting on; a bagged one waits for pick-up. */
export function rxStep(status: RxStatus): Step {
  return status === 'verified' || status === 'held' ? 'pickup' : status;
}

/** A copy of the state with one prescription's progress changed. */
export function updateRx(state: EncounterState, id: string, patch: Partial<RxProgress>): EncounterState {
  const current = state.rx[id];
  if (current === undefined) return state;
  return { ...state, rx: { ...state.rx, [id]: { ...current, ...patch } } };
}

/** Progress reset to "bottle in hand, nothing scanned": what changing the entry or a rejected basket means. */
export const backToSelection: Partial<RxProgress> = {
  status: 'selection',
  scanned: false,
  counted: null,
  auxiliaryLabels: null,
  reconstituted: false,
  beyondUseDate: null,
};

/** True when every prescription is bagged or with the pharmacist. */
export function allResolved(state: EncounterState): boolean {
  return Object.values(state.rx).every((p) => p.status === 'verified' || p.status === 'held');
}

/** True when the patient is at the pick-up window: everything resolved and at least one bag to give. */
export function pickupReady(state: EncounterState): boolean {
  return allResolved(state) && Object.values(state.rx).some((p) => p.status === 'verified');
}

/** True when some result with this code (and rx, when given) is already in the log. */
export function hasResult(state: EncounterState, code: ResultCode, rx?: string): boolean {
  return state.results.some((r) => r.code === code && (rx === undefined || r.rx === rx));
}

/** The rules' finding with this code on this prescription (or encounter-wide when rx is undefined). */
export function findingFor(state: EncounterState, code: FindingCode, rx: string | undefined): Finding | undefined {
  return state.findings.find((f) => f.code === code && f.rx === rx);
}
