import type { Finding, Step } from '../findings/codes';
import type { DialogueLine } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';

/**
 * CLINICAL_QUESTION: each line only a pharmacist may answer, caught at the step where it is
 * asked (drop-off → intake, pick-up → pickup). Not a stop code: the technician offers the
 * pharmacist and carries on. Encounter-wide, so it names the line and no prescription.
 */
export function checkClinicalQuestions(scenario: ResolvedEncounter): Finding[] {
  const ask = (line: DialogueLine, step: Step, when: string): Finding => ({
    code: 'CLINICAL_QUESTION',
    question: line.id,
    step,
    detail: `The question "${line.text}" (at ${when}) is a clinical one, so only the pharmacist may answer it.`,
  });
  return [
    ...scenario.dialogue.dropOff.filter((l) => l.pharmacistOnly).map((l) => ask(l, 'intake', 'drop-off')),
    ...scenario.dialogue.pickUp.filter((l) => l.pharmacistOnly).map((l) => ask(l, 'pickup', 'pick-up')),
  ];
}
