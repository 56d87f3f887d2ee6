import { STEPS, STOP_CODES, type Finding, type Step } from '../findings/codes';
import type { DialogueLine } from '../scenario/encounterSchema';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import { shortageHolds } from './stockLots';
import { expertClaim, type ExpertClaim } from './claimPlan';

/**
 * Facts about the expert's path that both the engine and the solver need, derived from the
 * scenario and the rules' findings alone, so the two can never disagree.
 */

/** Index of a step in STEPS. */
export const stepIndex = (step: Step): number => STEPS.indexOf(step);

/** The latest step at which an expert can still stop a prescription: before it goes to the pharmacist. */
export const LAST_STOP = stepIndex('verify');

/** This prescription's stop findings, earliest step first. */
export function rxStops(findings: readonly Finding[], rx: string): Finding[] {
  return findings.filter((f) => f.rx === rx && STOP_CODES.has(f.code)).sort((a, b) => stepIndex(a.step) - stepIndex(b.step));
}

/** Stop findings that concern the encounter as a whole (a stranger at the pick-up window). */
export function encounterStops(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.rx === undefined && STOP_CODES.has(f.code));
}

/** The step (index) at which the expert stops this prescription, or null when it is filled. */
export function stopIndex(findings: readonly Finding[], rx: string): number | null {
  const first = rxStops(findings, rx)[0];
  return first === undefined ? null : Math.min(stepIndex(first.step), LAST_STOP);
}

/** The expert's claim for a prescription, when it gets as far as billing: past data entry and a plan to bill. */
export function claimOnPath(scenario: ResolvedEncounter, findings: readonly Finding[], rx: Prescription): ExpertClaim | null {
  const stop = stopIndex(findings, rx.id);
  if (stop !== null && stop <= stepIndex('entry')) return null;
  return expertClaim(scenario, rx);
}

/** True when the expert's claim keeps this prescription from being filled today (prior authorization, a date, the pharmacist). */
export function claimHolds(scenario: ResolvedEncounter, findings: readonly Finding[], rx: Prescription): boolean {
  const claim = claimOnPath(scenario, findings, rx);
  return claim !== null && !claim.fills;
}

/** Ids of the prescriptions the expert fills all the way to the bag. */
export function filledRx(scenario: ResolvedEncounter, findings: readonly Finding[]): string[] {
  return scenario.prescriptions
    .filter((p) => stopIndex(findings, p.id) === null && !shortageHolds(scenario, p) && !claimHolds(scenario, findings, p))
    .map((p) => p.id);
}

/** True when someone comes to the pick-up window on the expert's path. */
export function pickupHappens(scenario: ResolvedEncounter, findings: readonly Finding[]): boolean {
  return filledRx(scenario, findings).length > 0;
}

/** A dialogue line the technician must respond to, with where it is said. */
export interface QuestionLine {
  line: DialogueLine;
  stage: 'dropoff' | 'pickup';
  clinical: boolean;
}

/** Every question line in the scenario; clinical = only a pharmacist may answer it. */
export function questionLines(scenario: ResolvedEncounter, findings: readonly Finding[]): QuestionLine[] {
  const clinical = (line: DialogueLine): boolean =>
    line.pharmacistOnly || findings.some((f) => f.code === 'CLINICAL_QUESTION' && f.question === line.id);
  const pick = (lines: readonly DialogueLine[], stage: QuestionLine['stage']): QuestionLine[] =>
    lines.filter((l) => l.question || l.pharmacistOnly).map((line) => ({ line, stage, clinical: clinical(line) }));
  return [...pick(scenario.dialogue.dropOff, 'dropoff'), ...pick(scenario.dialogue.pickUp, 'pickup')];
}

/** The question lines that come up on the expert's path (pick-up lines only when there is a pick-up). */
export function expectedQuestions(scenario: ResolvedEncounter, findings: readonly Finding[]): QuestionLine[] {
  const pickup = pickupHappens(scenario, findings);
  return questionLines(scenario, findings).filter((q) => q.stage === 'dropoff' || pickup);
}
