import type { FeedbackSlice } from '../../catalogue';
import type { ReceiveCode } from '../../families';

const nudge = (how: string) => ({
  what: '{detail}',
  why: 'Receiving goes line by line, so nothing in the tote is missed or counted twice.',
  how,
});

/** Receiving a wholesaler delivery (pharmacy-rules.md §13.4). */
export const RECEIVE_FEEDBACK: FeedbackSlice<ReceiveCode> = {
  'receive.none': nudge('Receiving actions are for a delivery task.'),
  'receive.unknownLine': nudge('Choose a line from the tote list.'),
  'receive.checkFirst': nudge('Compare the NDC, strength, quantity, lot and expiry with the invoice line first.'),
  'receive.alreadyDone': nudge('Go on to the next line in the tote.'),
  'receive.checked': {
    what: '{detail}',
    why: 'What is on the shelf is what will be dispensed: a wrong NDC, a short count or an out-of-date lot found now never reaches a patient.',
    how: 'Keep checking every line for NDC, strength, quantity, lot and expiry before it leaves the tote.',
  },
  'receive.misjudged': {
    what: '{detail}',
    why: 'A discrepancy missed at receiving stays in the inventory and on the invoice the pharmacy pays.',
    how: 'Read the NDC and count on the package against the invoice line, then the expiry date against today.',
  },
  'receive.putAway': {
    what: '{detail}',
    why: 'Stock is counted in the inventory only once it is where it is kept.',
    how: 'Put each checked line away in its place: refrigerator or shelf, newest dates behind the older stock.',
  },
  'receive.putAwayHeld': {
    what: '{detail}',
    why: 'Damaged, substituted or out-of-date stock on the shelf can be dispensed by the next person who reaches for it.',
    how: 'Keep such a line apart, report it to the pharmacist, and leave it for the return to the wholesaler.',
  },
  'receive.putAwayControlled': {
    what: '{detail}',
    why: 'Controlled substances are received by the registrant: the pharmacist checks them in, and only a registrant or holder of a power of attorney signs a C-II order form.',
    how: 'Hand every controlled-substance line to the pharmacist, unopened, for check-in; never sign the Form 222 or the CSOS receipt yourself.',
  },
  'receive.fridgeFirst': {
    what: '{detail}',
    why: 'Refrigerated medicines such as insulins and vaccines lose potency once they warm up.',
    how: 'Keep unpacking the refrigerated items first, every delivery.',
  },
  'receive.fridgeLate': {
    what: '{detail}',
    why: 'Refrigerated medicines left at room temperature while shelf stock is put away may no longer be usable.',
    how: 'Find the refrigerated items in the tote first and put them in the refrigerator before anything else.',
  },
  'receive.reported': {
    what: '{detail}',
    why: 'The wholesaler credits or replaces only what is reported, and the pharmacist must know what is missing before patients need it.',
    how: 'Keep reporting every short, damaged, substituted or out-of-date line on the day it arrives.',
  },
  'receive.reportNothing': {
    what: '{detail}',
    why: 'A false report costs the pharmacist and the wholesaler time and muddles the invoice.',
    how: 'Report only a line that differs from the invoice or is out of date.',
  },
  'receive.controlledToPharmacist': nudge('Hand the line to the pharmacist for check-in.'),
  'receive.handedOver': {
    what: '{detail}',
    why: 'The pharmacist checks controlled stock in against the order and records it; a technician does not sign for it.',
    how: 'Keep handing controlled-substance lines to the pharmacist unopened.',
  },
  'receive.notControlled': nudge('Check it in yourself: put it away or report it.'),
  'receive.pulled': {
    what: '{detail}',
    why: 'An expired bottle left on the shelf can be dispensed by mistake.',
    how: 'Pull every expired bottle you find into quarantine, for return or destruction.',
  },
  'receive.unknownLot': nudge('Choose an expired bottle from the list.'),
  'receive.alreadyPulled': nudge('Go on to the next expired bottle.'),
  'receive.check.missed': {
    what: '{detail}',
    why: 'An unchecked line can hide a wrong NDC or an expired lot.',
    how: 'Check every tote line against the invoice before the delivery is done.',
  },
  'receive.putAway.missed': {
    what: '{detail}',
    why: 'Stock left in the tote is out of the inventory and, if refrigerated, warming up.',
    how: 'Put every good line away before you leave the delivery.',
  },
  'receive.fridgeFirst.missed': {
    what: '{detail}',
    why: 'Refrigerated items must not wait while shelf stock is put away.',
    how: 'Put the refrigerated items away first, then the shelf stock.',
  },
  'receive.report.missed': {
    what: '{detail}',
    why: 'An unreported discrepancy is never credited, and the missing stock surprises the next patient.',
    how: 'Report every short, damaged, substituted or out-of-date line to the pharmacist.',
  },
  'receive.controlled.missed': {
    what: '{detail}',
    why: 'Controlled substances must be checked in by the pharmacist and recorded.',
    how: 'Hand every controlled-substance line to the pharmacist as soon as it is checked.',
  },
  'receive.pull.missed': {
    what: '{detail}',
    why: 'An expired bottle left on the shelf can be dispensed by mistake.',
    how: 'Pull every expired bottle into quarantine while you are at the shelves.',
  },
};
