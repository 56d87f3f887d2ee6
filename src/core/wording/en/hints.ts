import type { HintParams } from '../../engine/hintParams';
import type { Renderers } from '../catalogue';
import { productName, quoted, rxName } from './phrases';

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
  'error.tell': () => 'Tell the pharmacist about the error now.',
  'error.keep': () => 'Keep the wrong product for the pharmacist: put it in quarantine.',
  'error.contact': () => 'Help the pharmacist call the patient who has the wrong medicine.',
  'error.report': () => "Complete the error report at the pharmacist's bench.",
  'call.lookUp': (p) => `Look up ${rxName(p.rx)} in the profile: refills left and the last fill.`,
  'call.decide': (p) => `Decide what to do with the call from ${p.caller}.`,
  'register.photoId': () => 'A bag holds a controlled substance: check and record a photo ID.',
  'register.collect': () => 'Add up the bags, confirm the total and collect the payment.',
  'register.sign': () => 'Ask the patient to sign for the counseling offer and the pick-up log.',
  'claim.submit': (p) => `Submit the insurance claim for ${rxName(p.rx)} at the data-entry station.`,
  'claim.resolve': (p) => `The claim for ${rxName(p.rx)} was rejected (${p.reject}): read the reject and choose what to do.`,
  'receive.check': (p) =>
    `Check tote line ${p.line.id} (${productName(p.line.product)}) against the invoice: NDC, strength, quantity, lot and expiry.`,
  'receive.putAway': (p) => `Put tote line ${p.line.id} (${productName(p.line.product)}) away.`,
  'receive.report': (p) => `Report the discrepancy on tote line ${p.line.id} (${productName(p.line.product)}) to the pharmacist.`,
  'receive.toPharmacist': (p) => `Hand tote line ${p.line.id} (${productName(p.line.product)}) to the pharmacist for check-in.`,
  'receive.pull': (p) => `Pull the expired lot ${p.lot} of ${productName(p.product)} from the shelf into quarantine.`,
  'receive.finish': () => 'Every line is dealt with: finish the delivery.',
};
