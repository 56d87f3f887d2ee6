import type { FeedbackSlice } from '../../catalogue';
import type { RegisterCode } from '../../families';

/** The register at pick-up. */
export const REGISTER_FEEDBACK: FeedbackSlice<RegisterCode> = {
  'register.none': {
    what: '{detail}',
    why: 'The register is used only when the pick-up takes payment.',
    how: 'Hand out the bag when identity is checked and counseling offered.',
  },
  'register.paid': {
    what: '{detail}',
    why: 'The total is the sum of the copays on the bags being collected.',
    how: 'Keep adding up the bags yourself before you take payment.',
  },
  'register.totalCaught': {
    what: '{detail}',
    why: 'A total that does not match the bags means a bag is missing, extra or priced wrong, and the patient pays for it.',
    how: "Keep adding up the bags' copays and comparing them with the screen before you take payment.",
  },
  'register.wrongAmount': {
    what: '{detail}',
    why: 'Charging the wrong amount costs the patient or the pharmacy, and a total that does not match can mean the wrong bags.',
    how: "Add up the copays on the bags and compare the sum with the register's total before you collect.",
  },
  'register.signed': {
    what: '{detail}',
    why: 'The signature records that counseling was offered and who collected the medicine.',
    how: 'Keep getting the signature at every pick-up.',
  },
  'register.idChecked': {
    what: '{detail}',
    why: 'This state requires a photo ID to collect a controlled substance, and the record shows who took it.',
    how: 'Keep checking and recording photo ID whenever a bag holds a controlled substance.',
  },
  'register.idNotNeeded': {
    what: '{detail}',
    why: 'Photo ID at pick-up is required for controlled substances where the state says so.',
    how: 'Check the bags: ask for photo ID when one holds a controlled substance.',
  },
  'register.bagSetAside': {
    what: '{detail}',
    why: 'Bags for patients with similar names end up side by side in will-call; handing one over is a dispensing error.',
    how: 'Keep matching the name and date of birth on every bag to the patient.',
  },
  'register.noOtherBag': {
    what: '{detail}',
    why: "Putting back a bag that is the patient's leaves them without their medicine.",
    how: 'Read the name and date of birth on each bag before you put one back.',
  },
  'register.otherBagHandedOut': {
    what: '{detail}',
    why: "Another patient's medicine in this patient's hands can hurt them, and the other patient goes without.",
    how: 'Match the name and date of birth on every bag to the patient before anything leaves the counter.',
  },
  'register.payment.missed': {
    what: '{detail}',
    why: 'The pick-up is not finished until the copay is collected.',
    how: 'Confirm the total and collect it before you hand out the bag.',
  },
  'register.total.missed': {
    what: '{detail}',
    why: 'A register total that does not match the bags points to a wrong, missing or mispriced bag.',
    how: "Add up the bags' copays and compare them with the register's total before you collect.",
  },
  'register.signature.missed': {
    what: '{detail}',
    why: 'Without the signature there is no record that counseling was offered or who collected.',
    how: 'Ask the patient to sign the pick-up log before you hand out the bag.',
  },
  'register.photoId.missed': {
    what: '{detail}',
    why: 'This state requires a photo ID to collect a controlled substance.',
    how: 'When a bag holds a controlled substance, check and record a photo ID before handing it over.',
  },
  'register.otherBag.missed': {
    what: '{detail}',
    why: 'Bags for similar names get pulled together; every bag must match the patient.',
    how: 'Read the name and date of birth on every bag, and put back any that is not theirs.',
  },
};
