import { checkAlteration } from '../rules/alteration';
import { checkAllergy } from '../rules/allergy';
import { checkClinicalQuestions } from '../rules/clinicalQuestion';
import { checkCompleteness } from '../rules/completeness';
import { checkControlled } from '../rules/controlled';
import { checkDuplicateTherapy } from '../rules/duplicateTherapy';
import { checkPrescriptionIdentity, checkPresenter } from '../rules/identity';
import { checkInteraction } from '../rules/interaction';
import { checkLookAlike } from '../rules/lookAlike';
import { checkPhonedInCII } from '../rules/phonedInControlled';
import { checkPrescriberDea } from '../rules/prescriberDea';
import { checkRefillsLeft, checkRefillTooSoon } from '../rules/refill';
import { checkValidity } from '../rules/validity';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { FINDING_CODES, STEPS, STOP_CODES, type Finding } from './codes';

export * from './codes';
export * from './params';

/** A rule family that judges one prescription in the context of its encounter. */
export type PrescriptionRule = (scenario: ResolvedEncounter, rx: Prescription) => Finding[];
/** A rule family that judges the encounter as a whole (findings without an rx). */
export type EncounterRule = (scenario: ResolvedEncounter) => Finding[];

/** Every per-prescription family; the order here does not matter, findings are sorted. */
export const PRESCRIPTION_RULES: readonly PrescriptionRule[] = [
  checkPrescriptionIdentity,
  checkCompleteness,
  checkValidity,
  checkPrescriberDea,
  checkControlled,
  checkAlteration,
  checkRefillsLeft,
  checkAllergy,
  checkInteraction,
  checkDuplicateTherapy,
  checkRefillTooSoon,
  checkLookAlike,
  checkPhonedInCII,
];

/** Every encounter-wide family. */
export const ENCOUNTER_RULES: readonly EncounterRule[] = [checkPresenter, checkClinicalQuestions];

/** Step order, then the order codes are listed in FINDING_CODES; Array#sort is stable for ties. */
function byStepThenCode(a: Finding, b: Finding): number {
  return STEPS.indexOf(a.step) - STEPS.indexOf(b.step) || FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code);
}

/**
 * Keeps the first finding per code + rx + question. Run after sorting, so when two families
 * raise one code (an earliest fill date and a too-early refill are both REFILL_TOO_SOON),
 * the one caught at the earlier step wins.
 */
function dedupe(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.code}\u0000${f.rx ?? ''}\u0000${f.question ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the rules find wrong with one prescription, in step order. */
export function findingsFor(scenario: ResolvedEncounter, rx: Prescription | string): Finding[] {
  const target = typeof rx === 'string' ? scenario.prescriptions.find((p) => p.id === rx) : rx;
  if (target === undefined) return [];
  return dedupe(PRESCRIPTION_RULES.flatMap((rule) => rule(scenario, target)).sort(byStepThenCode));
}

/**
 * Everything the rules find in an encounter: each prescription's findings in prescription
 * order (then step, then code), followed by the encounter-wide ones (presenter, questions)
 * in step order, with dialogue order kept among questions.
 */
export function findings(scenario: ResolvedEncounter): Finding[] {
  const perRx = scenario.prescriptions.flatMap((rx) => findingsFor(scenario, rx));
  const wide = ENCOUNTER_RULES.flatMap((rule) => rule(scenario)).sort(byStepThenCode);
  return dedupe([...perRx, ...wide]);
}

/** The findings that mean "stop and route to the pharmacist". */
export function stopFindings(list: readonly Finding[]): Finding[] {
  return list.filter((f) => STOP_CODES.has(f.code));
}
