import type { FeedbackSlice } from '../../catalogue';
import type { PickupCode } from '../../families';

/** Pick-up, counseling and patient questions. */
export const PICKUP_FEEDBACK: FeedbackSlice<PickupCode> = {
  'identity.pickup': {
    what: '{detail}',
    why: "Bags get mixed up at the pick-up window; two identifiers stop a patient taking home someone else's medicine.",
    how: 'Keep asking for name and date of birth and matching them to every bag.',
  },
  'identity.pickupMismatch': {
    what: '{detail}',
    why: 'Confirming details that do not match is how medicine ends up with the wrong person.',
    how: 'Compare what the person tells you with the profile; if it differs, hold the bag and flag a patient mismatch.',
  },
  'identity.pickup.missed': {
    what: '{detail}',
    why: 'Without checking who collects, the bag can go to the wrong person.',
    how: 'Ask for name and date of birth before handing anything over.',
  },
  'counseling.offered': {
    what: '{detail}',
    why: 'Patients who talk to the pharmacist use their medicine more safely, and the law requires the offer.',
    how: 'Keep offering counseling at every pick-up.',
  },
  'counseling.missed': {
    what: '{detail}',
    why: "The offer to counsel is required (OBRA '90), and it is often when problems come to light.",
    how: 'Ask "Do you have any questions for the pharmacist?" before handing out the bag.',
  },
  'pickup.handedOut': {
    what: '{detail}',
    why: 'The encounter ends when the checked medicine reaches the right patient.',
    how: 'Hand out only after identity is checked and counseling offered.',
  },
  'pickup.wrongPerson': {
    what: '{detail}',
    why: 'Medicine handed to the wrong person can hurt them, and the patient goes without.',
    how: 'When the name or date of birth does not match, keep the bag and flag a patient mismatch for the pharmacist.',
  },
  'question.answered': {
    what: '{detail}',
    why: 'Answering a simple, non-clinical question yourself keeps the pharmacist free for clinical work.',
    how: 'Keep answering questions about times, prices and stock yourself.',
  },
  'question.referredNonClinical': {
    what: '{detail}',
    why: "Non-clinical questions are part of a technician's job; sending them on takes the pharmacist away from checks.",
    how: "Answer questions about times, prices, insurance and stock yourself; refer anything about the medicine's use or effects.",
  },
  'question.answeredClinical': {
    what: '{detail}',
    why: "A technician never counsels: advice about a medicine's use, effects or safety is the pharmacist's job by law.",
    how: 'Say "That is a great question for the pharmacist" and refer it, every time.',
  },
  'question.missed': {
    what: '{detail}',
    why: 'A patient whose question goes unanswered loses trust and may misuse their medicine.',
    how: 'Respond to every question before the patient leaves: answer it if it is non-clinical.',
  },
  'question.unknown': {
    what: '{detail}',
    why: 'Only a question the patient actually asked can be answered.',
    how: 'Choose one of the questions in the dialogue.',
  },
  'question.notAskedYet': {
    what: '{detail}',
    why: 'The patient asks this when they come back, not at drop-off.',
    how: 'Wait for pick-up and respond then.',
  },
  'question.alreadyHandled': {
    what: '{detail}',
    why: 'Each question needs one clear response.',
    how: 'Move on to the next step.',
  },
};
