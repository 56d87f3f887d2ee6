import type { Finding, Step } from '../findings/codes';
import type { DialogueLine } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';

/**
 * CLINICAL_QUESTION: each line only a pharmacist may answer, caught at the step where it is
 * asked (drop-off → intake, pick-up → pickup). Not a stop code: the technician offers the
 * pharmacist and carries on. Encounter-wide, so it names the line and no prescription.
 */
export function checkClinicalQuestions(scenario: ResolvedEncounter): Finding[] {
  const ask = (line: DialogueLine, step: Step, stage: 'dropoff' | 'pickup'): Finding => ({
    code: 'CLINICAL_QUESTION',
    question: line.id,
    step,
    params: { line: line.text, stage },
  });
  return [
    ...scenario.dialogue.dropOff.filter((l) => l.pharmacistOnly).map((l) => ask(l, 'intake', 'dropoff')),
    ...scenario.dialogue.pickUp.filter((l) => l.pharmacistOnly).map((l) => ask(l, 'pickup', 'pickup')),
  ];
}
