import type { DetailSlice } from '../../catalogue';
import type { PickupCode } from '../../families';
import { findingSentence } from '../findings';
import { capital, listPhrase, personName, quoted, quotedLast, rxName, sentence } from '../phrases';

/** Pick-up, counseling and patient questions. */
export const PICKUP_DETAILS: DetailSlice<PickupCode> = {
  'identity.pickup': (p) => `Comparó el nombre y la fecha de nacimiento de ${personName(p.patient)} con cada bolsa antes de entregar nada.`,
  'identity.pickupMismatch': (p) => `Confirmó una identidad que no coincide: ${findingSentence(p.finding)}`,
  'identity.pickup.missed': () => 'Nunca se comprobaron el nombre y la fecha de nacimiento de la persona que recoge.',
  'counseling.offered': () => 'Ofreció una conversación con el farmacéutico sobre los medicamentos nuevos.',
  'counseling.missed': () => 'Nunca se ofreció la asesoría del farmacéutico.',
  'pickup.handedOut': (p) =>
    `${capital(listPhrase(p.bagged.map(rxName)))} ${p.bagged.length === 1 ? 'se fue' : 'se fueron'} a casa con el paciente.`,
  'pickup.wrongPerson': (p) => `Entregó la bolsa a alguien que no es el paciente. ${findingSentence(p.finding)}`,
  'question.answered': (p) =>
    sentence(`Respondió usted directamente a ${quoted(p.line)}${p.answer !== undefined ? `: ${quoted(p.answer)}` : ''}`),
  'question.referredNonClinical': (p) =>
    sentence(`${quoted(p.line)} no es una pregunta clínica${p.answer !== undefined ? `; podría haber dicho ${quoted(p.answer)}` : ''}`),
  // The feedback's "why" already says a technician never counsels; the detail says only what happened.
  'question.answeredClinical': (p) => `Respondió usted directamente a ${quoted(p.line)}, pero solo el farmacéutico puede responderla.`,
  'question.missed': (p) => `${quoted(p.line)} nunca se respondió.`,
  'question.unknown': (p) =>
    `Nadie hizo una pregunta ${quoted(p.question)}; las preguntas de esta atención son: ${p.ids.join(', ') || 'ninguna'}.`,
  'question.notAskedYet': () => 'El paciente pregunta eso en la entrega; respóndala cuando vuelva por la bolsa.',
  'question.alreadyHandled': (p) => `Ya ${p.status === 'referred' ? 'pasó al farmacéutico' : 'respondió'} ${quotedLast(p.line)}`,
};
