import { patientAtCounter, type ErrorDiscovered } from '../scenario/errorDiscoveredSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { EncounterState } from './state';

/** An error the student must own now: the facts the report is judged against, and whether it is the scenario's. */
export interface ErrorToOwn {
  facts: ErrorDiscovered;
  /** True when the scenario planted it (on the expert's path); false for the student's own wrong fill stopped at verification. */
  planted: boolean;
}

/** True when the wrong product is still in the pharmacy to be quarantined (it never left, or the patient brought it back). */
export const productOnHand = (e: ErrorDiscovered): boolean => !e.reachedPatient || patientAtCounter(e);

/** True when the patient has the wrong product at home and must be called. */
export const patientToCall = (e: ErrorDiscovered): boolean => e.reachedPatient && !patientAtCounter(e);

/** True when the encounter is about an earlier error: the prescriptions are context, not work. */
export const isErrorVisit = (scenario: ResolvedEncounter): boolean => scenario.errorDiscovered !== undefined;

/**
 * The error there is to own: the scenario's, or else the student's own first wrong fill that the
 * pharmacist sent back at verification (a near miss: it did not reach the patient, category B).
 */
export function errorToOwn(state: EncounterState): ErrorToOwn | null {
  const planted = state.scenario.errorDiscovered;
  if (planted !== undefined) return { facts: planted, planted: true };
  const stopped = state.results.find((r) => r.code === 'verify.wrongProduct');
  if (stopped === undefined || stopped.code !== 'verify.wrongProduct' || stopped.params.holding === null || stopped.rx === undefined)
    return null;
  const dispensed = stopped.params.holding.id;
  const wanted = state.scenario.products.get(stopped.params.wanted.id);
  const held = state.scenario.products.get(dispensed);
  return {
    planted: false,
    facts: {
      foundBy: 'pharmacistAtVerify',
      madeBy: 'you',
      rx: stopped.rx,
      kind: wanted !== undefined && held !== undefined && wanted.generic === held.generic ? 'wrongStrength' : 'wrongDrug',
      dispensed,
      when: '',
      reachedPatient: false,
      taken: false,
      patientPresent: false,
      // Any systems factor is a fair reading of the student's own slip.
      contributingFactors: [],
      harmCategory: 'B',
      prevention: '',
    },
  };
}
