import type { DetailSlice } from '../../catalogue';
import type { PickupCode } from '../../families';
import { findingSentence } from '../findings';
import { capital, personName, quoted, quotedLast, rxName, sentence } from '../phrases';

/** Pick-up, counseling and patient questions. */
export const PICKUP_DETAILS: DetailSlice<PickupCode> = {
  'identity.pickup': (p) => `You matched ${personName(p.patient)}'s name and date of birth to every bag before handing anything over.`,
  'identity.pickupMismatch': (p) => `You confirmed an identity that does not match: ${findingSentence(p.finding)}`,
  'identity.pickup.missed': () => 'The name and date of birth of the person collecting were never checked.',
  'counseling.offered': () => 'You offered a conversation with the pharmacist about the new medicines.',
  'counseling.missed': () => 'Counseling by the pharmacist was never offered.',
  'pickup.handedOut': (p) => `${capital(p.bagged.map(rxName).join(' and '))} went home with the patient.`,
  'pickup.wrongPerson': (p) => `You handed the bag to someone who is not the patient. ${findingSentence(p.finding)}`,
  'question.answered': (p) => sentence(`You answered ${quoted(p.line)} yourself${p.answer !== undefined ? `: ${quoted(p.answer)}` : ''}`),
  'question.referredNonClinical': (p) =>
    sentence(`${quoted(p.line)} is not a clinical question${p.answer !== undefined ? `; you could have said ${quoted(p.answer)}` : ''}`),
  // The feedback's "why" already says a technician never counsels; the detail says only what happened.
  'question.answeredClinical': (p) => `You answered ${quoted(p.line)} yourself, but only the pharmacist may answer it.`,
  'question.missed': (p) => `${quoted(p.line)} was never answered.`,
  'question.unknown': (p) =>
    `Nobody asked a question ${quoted(p.question)}; the questions in this encounter are: ${p.ids.join(', ') || 'none'}.`,
  'question.notAskedYet': () => 'The patient asks that at pick-up; answer it when they come back for the bag.',
  'question.alreadyHandled': (p) => `You already ${p.status === 'referred' ? 'referred' : 'answered'} ${quotedLast(p.line)}`,
};
