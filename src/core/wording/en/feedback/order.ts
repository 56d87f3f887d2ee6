import type { FeedbackSlice } from '../../catalogue';
import type { OrderCode } from '../../families';

/** Nudges for actions taken out of order or on something that is not there; they carry no score. */
export const ORDER_FEEDBACK: FeedbackSlice<OrderCode> = {
  'action.unknown': {
    what: '{detail}',
    why: 'The pharmacy system only accepts complete, recognised entries.',
    how: 'Pick an action from the station you are at and fill in every field it asks for.',
  },
  'encounter.over': {
    what: '{detail}',
    why: 'Once the patient has left, nothing more can change for them.',
    how: 'Read your report, then move on to the next patient.',
  },
  'rx.unknown': {
    what: '{detail}',
    why: 'Every action has to be tied to the right prescription, or work ends up in the wrong basket.',
    how: 'Choose one of the prescriptions in this encounter.',
  },
  'rx.held': {
    what: '{detail}',
    why: 'Once a prescription is stopped, only the pharmacist decides what happens to it.',
    how: 'Leave it with the pharmacist and carry on with the other work.',
  },
  'rx.verified': {
    what: '{detail}',
    why: "A verified prescription is sealed in its bag; changing it now would skip the pharmacist's check.",
    how: 'Move on to the next prescription or to pick-up.',
  },
  'order.identityFirst': {
    what: '{detail}',
    why: "Everything that follows is checked against the profile, so it must be the right patient's profile.",
    how: 'Ask for the full name and date of birth and match both to the profile first.',
  },
  'order.acceptFirst': {
    what: '{detail}',
    why: 'Entering a prescription you have not reviewed can carry a problem straight into the fill.',
    how: 'Read the prescription at intake, then accept it or flag a problem.',
  },
  'order.alreadyAccepted': {
    what: '{detail}',
    why: 'Each prescription is reviewed once at intake and then moves along the workflow.',
    how: 'Follow the next step shown for this prescription.',
  },
  'order.enterFirst': {
    what: '{detail}',
    why: 'The scan checks the bottle against what you entered, so the entry has to exist first.',
    how: 'Complete data entry, then go to the shelf.',
  },
  'order.handsFull': {
    what: '{detail}',
    why: 'Holding two stock bottles at once is how look-alikes get swapped.',
    how: 'Return the bottle you hold before taking another.',
  },
  'order.nothingInHand': {
    what: '{detail}',
    why: 'The scanner and the shelf work on the bottle in your hand.',
    how: 'Take the stock bottle from the shelf first.',
  },
  'order.scanFirst': {
    what: '{detail}',
    why: 'The scan proves you hold the right product before any of it goes into a vial.',
    how: 'Scan the stock bottle, wait for the good beep, then count.',
  },
  'order.countFirst': {
    what: '{detail}',
    why: 'A label belongs on a filled vial, so it cannot end up on the wrong one.',
    how: 'Count or measure into the vial, then print and apply the label straight away.',
  },
  'order.labelFirst': {
    what: '{detail}',
    why: 'The pharmacist checks the prescription, the label, the stock bottle and the product together.',
    how: 'Finish the fill and label before you submit it.',
  },
  'order.alreadyCounted': {
    what: '{detail}',
    why: 'The pharmacist compares the stock bottle with the vial, so it stays with the basket.',
    how: 'Keep the stock bottle at the bench until verification is done.',
  },
  'order.notAtPickup': {
    what: '{detail}',
    why: 'The patient collects everything at once, after the pharmacist has checked it.',
    how: 'Finish and verify every prescription before starting pick-up.',
  },
  'order.rxNotFinished': {
    what: '{detail}',
    why: 'A bag handed out early leaves the patient without a medicine they were promised.',
    how: 'Finish every prescription, or leave it with the pharmacist, before handing out the bag.',
  },
  'order.nothingToHandOut': {
    what: '{detail}',
    why: 'A prescription with the pharmacist cannot be handed out.',
    how: 'Let the pharmacist speak with the patient about what happens next.',
  },
  'order.alreadyDone': {
    what: '{detail}',
    why: 'Repeating a finished step slows the queue without making anything safer.',
    how: 'Move on to the next step.',
  },
  'encounter.ended': {
    what: '{detail}',
    why: 'Ending the encounter closes the record of everything you did for this patient.',
    how: 'End an encounter only when there is nothing left for you to do.',
  },
};
