import { flaggedEncounter } from './flagging';
import { findingFor, hasResult, pickupReady, rxName } from './progress';
import { pendingQuestions } from './questions';
import type { EncounterState, NextStep, RxProgress } from './state';

/** What to do next on one prescription still on the bench; never hints at a problem to catch. */
function rxHint(p: RxProgress, name: string): NextStep | null {
  const rx = p.id;
  switch (p.status) {
    case 'intake':
      return { step: 'intake', rx, hint: `Review ${name}: accept it, or flag a problem for the pharmacist.` };
    case 'entry':
      return { step: 'entry', rx, hint: `Enter ${name} on the data-entry screen.` };
    case 'selection':
      return p.selectedProductId === null
        ? { step: 'selection', rx, hint: `Take the product for ${name} from the shelf.` }
        : { step: 'selection', rx, hint: `Scan the bottle for ${name}.` };
    case 'count':
      return { step: 'count', rx, hint: `Count or measure ${name} into the vial.` };
    case 'label':
      return { step: 'label', rx, hint: `Print the label for ${name} and choose its auxiliary labels.` };
    case 'verify':
      return { step: 'verify', rx, hint: `Submit ${name} for verification.` };
    default:
      return null;
  }
}

/** What the engine suggests next, for hints and the HUD; null once the encounter is over. */
export function nextStep(state: EncounterState): NextStep | null {
  if (state.complete) return null;
  if (!state.identity.dropoff) return { step: 'intake', hint: "Confirm the patient's name and date of birth against the profile." };
  const open = pendingQuestions(state);
  const dropoffQuestion = open.find((q) => q.stage === 'dropoff');
  if (dropoffQuestion !== undefined) {
    return { step: 'intake', hint: `Respond to the patient's question: "${dropoffQuestion.line.text}"` };
  }
  for (const p of state.scenario.prescriptions) {
    const progress = state.rx[p.id];
    const hint = progress === undefined ? null : rxHint(progress, rxName(state.scenario, p.id));
    if (hint !== null) return hint;
  }
  if (!pickupReady(state)) return null;
  const stranger = findingFor(state, 'PATIENT_MISMATCH', undefined) !== undefined;
  if (stranger && flaggedEncounter(state, 'PATIENT_MISMATCH')) {
    return { step: 'pickup', hint: 'The pharmacist is dealing with the person at the window: end the encounter.' };
  }
  if (stranger && hasResult(state, 'identity.pickupMismatch')) {
    return { step: 'pickup', hint: 'The person collecting is not the patient: flag it for the pharmacist.' };
  }
  const pickupQuestion = open.find((q) => q.stage === 'pickup');
  if (pickupQuestion !== undefined) {
    return { step: 'pickup', hint: `Respond to the question: "${pickupQuestion.line.text}"` };
  }
  if (!state.identity.pickup && !hasResult(state, 'identity.pickupMismatch')) {
    return { step: 'pickup', hint: 'Check the name and date of birth of the person collecting against the profile.' };
  }
  if (!state.counselingOffered) return { step: 'pickup', hint: "Offer counseling with the pharmacist." };
  return { step: 'pickup', hint: 'Hand the bag to the patient.' };
}
