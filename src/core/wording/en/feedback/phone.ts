import type { FeedbackSlice } from '../../catalogue';
import type { PhoneCode } from '../../families';

/** The phone. */
export const PHONE_FEEDBACK: FeedbackSlice<PhoneCode> = {
  'call.none': {
    what: '{detail}',
    why: 'Only a call that came in can be answered.',
    how: 'Go back to the work in front of you.',
  },
  'call.lookedUp': {
    what: '{detail}',
    why: 'Refills left and the last fill date decide what you can tell the caller.',
    how: 'Look the prescription up before you promise the caller anything.',
  },
  'call.handled': {
    what: '{detail}',
    why: 'Each call has one right route: refills a technician can queue, requests the prescriber must authorise, and anything clinical or new for the pharmacist.',
    how: 'Keep checking refills left and the date first, and send new orders, transfers and questions to the pharmacist.',
  },
  'call.wrongDecision': {
    what: '{detail}',
    why: 'A call sent the wrong way leaves the patient without medicine, or puts a decision with someone who may not make it.',
    how: 'Look it up first: no refills left means a refill-authorization request; too soon means the date it can be filled; new orders, transfers and clinical questions go to the pharmacist.',
  },
  'call.outOfScope': {
    what: '{detail}',
    why: 'Most states let only the pharmacist take a new verbal prescription, and a C-II may be phoned in only in an emergency, to the pharmacist.',
    how: 'Say "Let me get the pharmacist for you" and hand the call over.',
  },
  'call.lookup.missed': {
    what: '{detail}',
    why: 'Without looking it up you cannot know whether refills are left or when the next fill is due.',
    how: 'Open the prescription in the profile before answering a refill call.',
  },
  'call.missed': {
    what: '{detail}',
    why: 'A caller left waiting is a patient without medicine or a prescriber without an answer.',
    how: 'Deal with every call before moving on: queue it, explain, request authorization, or hand it to the pharmacist.',
  },
};
