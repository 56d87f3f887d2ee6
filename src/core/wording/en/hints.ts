import type { HintParams } from '../../engine/hintParams';
import type { Renderers } from '../catalogue';
import { quoted, rxName } from './phrases';

/** What to do next, as the practice-mode hint says it; never a hint at a problem to catch. */
export const HINTS: Renderers<HintParams> = {
  'identity.dropoff': () => "Confirm the patient's name and date of birth against the profile.",
  'question.dropoff': (p) => `Respond to the patient's question: ${quoted(p.line)}`,
  'intake.review': (p) => `Review ${rxName(p.rx)}: accept it, or flag a problem for the pharmacist.`,
  'entry.enter': (p) => `Enter ${rxName(p.rx)} on the data-entry screen.`,
  'selection.take': (p) => `Take the product for ${rxName(p.rx)} from the shelf.`,
  'selection.scan': (p) => `Scan the bottle for ${rxName(p.rx)}.`,
  count: (p) => `Count or measure ${rxName(p.rx)} into the vial.`,
  label: (p) => `Print the label for ${rxName(p.rx)} and choose its auxiliary labels.`,
  verify: (p) => `Submit ${rxName(p.rx)} for verification.`,
  'pickup.pharmacistBusy': () => 'The pharmacist is dealing with the person at the window: end the encounter.',
  'pickup.flagStranger': () => 'The person collecting is not the patient: flag it for the pharmacist.',
  'question.pickup': (p) => `Respond to the question: ${quoted(p.line)}`,
  'identity.pickup': () => 'Check the name and date of birth of the person collecting against the profile.',
  counseling: () => 'Offer counseling with the pharmacist.',
  handOut: () => 'Hand the bag to the patient.',
  'claim.submit': (p) => `Submit the insurance claim for ${rxName(p.rx)} at the data-entry station.`,
  'claim.resolve': (p) => `The claim for ${rxName(p.rx)} was rejected (${p.reject}): read the reject and choose what to do.`,
};
