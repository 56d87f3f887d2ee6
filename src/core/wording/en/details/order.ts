import type { ActionProblem, NextUp, UnusableField } from '../../../engine/resultParams';
import type { DetailSlice } from '../../catalogue';
import type { OrderCode } from '../../families';
import { capital, productName, quoted, rxName } from '../phrases';

/** What the student still has to do before a prescription in this status can move on. */
const NEXT_FOR: Record<NextUp['status'], string> = {
  intake: 'review it at intake and accept it (or flag a problem)',
  entry: 'enter it on the data-entry screen',
  selection: 'take the product from the shelf and scan it',
  count: 'count or measure it',
  label: 'print its label',
  verify: 'submit it for verification',
};

/** "… is waiting for you to …": the next thing to do on this prescription. */
export const waitingFor = (next: NextUp): string => `${capital(rxName(next.rx))} is waiting for you to ${NEXT_FOR[next.status]}.`;

const UNUSABLE_FIELD: Record<UnusableField, string> = {
  rx: 'the prescription id is not text',
  stage: 'the stage must be drop-off or pick-up',
  productId: 'no product was chosen',
  entry: 'the data entry is incomplete',
  quantity: 'the amount placed is not a number',
  auxiliaryLabels: 'the auxiliary labels are not a list',
  question: 'choose a question and answer or refer it',
  response: 'choose a question and answer or refer it',
  note: 'the note is not text',
  at: 'the time is not a number of seconds',
  language: 'choose a language the label printer offers',
  decision: 'choose what to do with the call',
  amount: 'the amount collected is not a number',
  bag: 'choose the bag to put back',
  lot: 'the lot is not text',
  beyondUseDate: 'the beyond-use date is not text',
  waterMl: 'the water measured is not a number',
  portions: 'the number of portions is not a whole number',
  resolution: 'choose what to do about the shortage or the rejected claim',
  billing: 'the claim is missing its billing fields',
};

function unusable(p: ActionProblem): string {
  switch (p.problem) {
    case 'unreadable':
      return 'That action could not be read.';
    case 'failed':
      return 'That action could not be processed.';
    case 'unknownType':
      return `That action could not be used: ${quoted(p.type)} is not something a technician can do here.`;
    case 'unknownCode':
      return `That action could not be used: ${quoted(p.code)} is not a problem code the pharmacy system knows.`;
    case 'noCode':
      return 'That action could not be used: no problem code was chosen.';
    case 'notAnAction':
      return 'That action could not be used: it is not something a technician can do here.';
    case 'badField':
      return `That action could not be used: ${UNUSABLE_FIELD[p.field]}.`;
  }
}

const ALREADY_DONE = {
  dropoffIdentity: "You already confirmed the patient's identity at drop-off.",
  pickupIdentity: 'You already confirmed who is collecting.',
  counseling: 'You already offered counseling.',
  scan: 'This bottle is already scanned; count it next.',
  flag: 'You already flagged that; the pharmacist is dealing with it.',
  toldPharmacist: 'You already told the pharmacist.',
  wrongProduct: 'You already dealt with the wrong product.',
  contactedPatient: 'You already called the patient.',
  lookup: 'You already looked the prescription up; decide what to do with the call.',
  payment: 'You already collected the payment.',
  signature: 'The patient already signed the pick-up log.',
  photoId: 'You already checked and recorded the photo ID.',
  bag: 'You already put that bag back in will-call.',
} as const;

/** Nudges for actions taken out of order or on something that is not there. */
export const ORDER_DETAILS: DetailSlice<OrderCode> = {
  'action.unknown': unusable,
  'encounter.over': () => 'This encounter is finished; start the next one.',
  'rx.unknown': (p) => `There is no prescription ${quoted(p.rx)} in this encounter; its prescriptions are ${p.ids.join(', ')}.`,
  'rx.held': (p) => `That prescription is with the pharmacist: ${rxName(p.rx)} was stopped and needs nothing more from you.`,
  'rx.verified': (p) => `${capital(rxName(p.rx))} is already verified and in the bag; it waits for pick-up.`,
  'order.identityFirst': () => "Confirm the patient's identity (name and date of birth) before you review the prescription.",
  'order.acceptFirst': (p) => `Review and accept the prescription at intake before entering it. ${waitingFor(p.next)}`,
  'order.alreadyAccepted': (p) => `You already accepted ${rxName(p.rx)}. ${waitingFor(p.next)}`,
  'order.enterFirst': (p) => `Enter the prescription before you pull stock. ${waitingFor(p.next)}`,
  'order.handsFull': (p) => `You are already holding ${productName(p.holding)}; put it back before you take another bottle.`,
  'order.nothingInHand': (p) =>
    p.doing === 'return'
      ? 'You are not holding a bottle for this prescription.'
      : 'Take the stock bottle from the shelf first, then scan it.',
  'order.scanFirst': (p) => `Count after you have scanned the product. ${waitingFor(p.next)}`,
  'order.countFirst': (p) => `Print the label after the medicine is counted into the vial. ${waitingFor(p.next)}`,
  'order.labelFirst': (p) => `The pharmacist checks a finished, labelled vial. ${waitingFor(p.next)}`,
  'order.alreadyCounted': () =>
    'The medicine is already counted into the vial; the stock bottle stays at the bench until the pharmacist checks it.',
  'order.notAtPickup': (p) =>
    `The patient comes back for pick-up once every prescription is verified; still in progress: ${p.waiting.map(rxName).join('; ')}.`,
  'order.rxNotFinished': (p) =>
    `Every prescription must be finished or with the pharmacist before the bag goes out; still in progress: ${p.waiting.map(rxName).join('; ')}.`,
  'order.nothingToHandOut': () => 'There is nothing to pick up: every prescription is with the pharmacist.',
  'order.alreadyDone': (p) => ALREADY_DONE[p.done],
  'encounter.ended': () => 'You ended the encounter.',
};
