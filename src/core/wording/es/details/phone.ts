import type { CallDecision } from '../../../engine/actions';
import type { CallFacts } from '../../../engine/resultParams';
import type { CallKind } from '../../../scenario/encounterSchema';
import type { DetailSlice } from '../../catalogue';
import type { PhoneCode } from '../../families';
import { capital, date, refillCount, rxName } from '../phrases';

/** Each call kind as a sentence names it. */
const CALL_KINDS: Record<CallKind, string> = {
  refill: 'una solicitud de resurtido',
  newPrescription: 'una receta nueva dictada por teléfono',
  transfer: 'una solicitud de transferencia de otra farmacia',
  clinicalQuestion: 'una pregunta clínica',
};

/** What was done with the call, in the past tense. */
function done(p: CallFacts): string {
  const rx = rxName(p.rx);
  switch (p.decision) {
    case 'queueRefill':
      return `Puso en la fila de surtido el resurtido de ${rx}`;
    case 'explainTooSoon':
      return `Le dijo al paciente que es demasiado pronto para resurtir ${rx}${p.earliest !== undefined ? ` y que se puede surtir a partir del ${date(p.earliest)}` : ''}`;
    case 'requestAuthorization':
      return `Le envió al médico una solicitud de autorización de resurtido de ${rx}${p.expectDays !== undefined ? ` y le dijo al paciente que espere una respuesta en ${p.expectDays} ${p.expectDays === 1 ? 'día hábil' : 'días hábiles'}` : ''}`;
    case 'toPharmacist':
      return `Le pasó al farmacéutico ${CALL_KINDS[p.kind]} sobre ${rx}`;
    case 'takeVerbalOrder':
      return `Tomó usted mismo la orden verbal de ${rx}`;
  }
}

/** What the expert does with a call, as an instruction. */
const SHOULD: Record<CallDecision, string> = {
  queueRefill: 'poner el resurtido en la fila de surtido: quedan resurtidos y no es demasiado pronto',
  explainTooSoon: 'decirle al paciente que es demasiado pronto y darle la fecha en que se puede surtir',
  requestAuthorization: 'enviarle al médico una solicitud de autorización de resurtido y decirle al paciente cuándo esperar la respuesta',
  toPharmacist: 'pasarle la llamada al farmacéutico',
  takeVerbalOrder: 'tomar usted mismo la orden verbal (este estado lo permite para un medicamento no controlado)',
};

/** The phone: looking a prescription up, and what was done with the call. */
export const PHONE_DETAILS: DetailSlice<PhoneCode> = {
  'call.none': () => 'En esta atención no hay ninguna llamada telefónica.',
  'call.lookedUp': (p) =>
    `${capital(rxName(p.rx))}: ${refillCount(p.refills)} ${p.refills === 1 ? 'autorizado' : 'autorizados'}, ${p.used} ${p.used === 1 ? 'usado' : 'usados'}${p.lastFill !== undefined ? `, último surtido el ${date(p.lastFill)}` : ''}${p.earliest !== undefined ? `; la fecha más temprana para resurtir es el ${date(p.earliest)}` : ''}.`,
  'call.handled': (p) => `${done(p)}.`,
  'call.wrongDecision': (p) =>
    p.expected === null
      ? `${done(p)}, pero había que detener esta llamada: señale al farmacéutico la receta C-II dictada por teléfono.`
      : `${done(p)}; lo correcto era ${SHOULD[p.expected]}.`,
  'call.outOfScope': (p) =>
    p.phonedInCII
      ? `Tomó usted mismo una orden C-II por teléfono para ${rxName(p.rx)}: solo el farmacéutico puede tomarla, y solo en una emergencia.`
      : `Tomó usted mismo una orden verbal nueva para ${rxName(p.rx)}; en este estado solo el farmacéutico puede tomarla.`,
  'call.lookup.missed': (p) => `Nunca buscó ${rxName(p.rx)} antes de decidir qué hacer con la llamada.`,
  'call.missed': (p) => `Nunca se atendió la llamada sobre ${rxName(p.rx)}; lo correcto era ${SHOULD[p.expected]}.`,
};
