import type { Resolution } from '../../../claims/rejectCodes';
import type { ClaimReject } from '../../../claims/response';
import type { DetailSlice } from '../../catalogue';
import type { ClaimCode } from '../../families';
import { capital, date, dayCount, rxName } from '../phrases';

/**
 * Each reject in Spanish, after its NCPDP code. The plan's screen itself prints the processor's
 * English message (en/details/claims.ts); feedback explains it in the student's language.
 */
export function rejectMessage(r: ClaimReject): string {
  switch (r.code) {
    case '07':
      return 'falta o no es válido el número de identificación del asegurado';
    case '09':
      return 'falta o no es válida la fecha de nacimiento';
    case '19':
      return 'faltan o no son válidos los días de suministro';
    case '25':
      return 'falta o no es válido el identificador del médico';
    case '41':
      return 'facture a otro procesador o al plan primario';
    case '52':
      return 'el número de identificación del asegurado no coincide';
    case '56':
      return 'el identificador del médico no coincide';
    case '65':
      return `el paciente no tiene cobertura${r.coverageStart !== undefined ? ` (la cobertura empieza el ${date(r.coverageStart)})` : ''}`;
    case '69':
      return `surtido después de terminada la cobertura${r.coverageEnd !== undefined ? ` (la cobertura terminó el ${date(r.coverageEnd)})` : ''}`;
    case '70':
      return 'el producto o servicio no está cubierto';
    case '75':
      return 'se requiere autorización previa';
    case '76':
      return `se excedieron los límites del plan (${r.limit.kind === 'quantity' ? `límite de cantidad ${r.limit.max}, facturado ${r.limit.billed}` : `límite de días de suministro ${r.limit.max}, facturado ${r.limit.billed}`})`;
    case '79':
      return `resurtido demasiado pronto (último surtido el ${date(r.lastFill)} para ${dayCount(r.daysSupply)}; el siguiente surtido, a partir del ${date(r.nextEligible)})`;
    case '88':
      return `rechazo por revisión de uso de medicamentos, DUR (${r.dur.reason === 'therapeuticDuplication' ? 'duplicidad terapéutica' : 'interacción entre medicamentos'} con un surtido del ${date(r.dur.filled)} en otra farmacia)`;
    case 'E7':
      return 'falta o no es válida la cantidad surtida';
  }
}

/** What each answer to a reject means, as feedback says it. */
export const RESOLUTION_WORDS: Record<Resolution, string> = {
  billSecondary: 'facturar al otro plan del paciente',
  adjustToLimit: 'ajustar la cantidad al límite de días de suministro del plan',
  priorAuthorization: 'enviar al médico una solicitud de autorización previa y explicarle al paciente qué sigue',
  cashPrice: 'ofrecer el precio en efectivo',
  nextEligibleDate: 'decirle al paciente la fecha en que el plan pagará el resurtido',
  toPharmacist: 'pasárselo al farmacéutico',
  overrideDur: 'anular el rechazo por DUR del plan',
  overrideRefillTooSoon: 'anular el rechazo por resurtido demasiado pronto',
};

const rejected = (p: { rx: Parameters<typeof rxName>[0]; plan: string; reject: ClaimReject }): string =>
  `${p.plan} rechazó la reclamación de ${rxName(p.rx)}: ${p.reject.code}, ${rejectMessage(p.reject)}.`;

/** Insurance claims: the plan's answer and how it was answered. */
export const CLAIM_DETAILS: DetailSlice<ClaimCode> = {
  'claim.paid': (p) =>
    `${p.plan} pagó la reclamación de ${rxName(p.rx)} (${p.quantity}): el copago del paciente es de $${p.copay.toFixed(2)} (nivel ${p.tier}).`,
  'claim.rejected.07': rejected,
  'claim.rejected.09': rejected,
  'claim.rejected.19': rejected,
  'claim.rejected.25': rejected,
  'claim.rejected.41': rejected,
  'claim.rejected.52': rejected,
  'claim.rejected.56': rejected,
  'claim.rejected.65': rejected,
  'claim.rejected.69': rejected,
  'claim.rejected.70': rejected,
  'claim.rejected.75': rejected,
  'claim.rejected.76': rejected,
  'claim.rejected.79': rejected,
  'claim.rejected.88': rejected,
  'claim.rejected.E7': rejected,
  'claim.resolved': (p) =>
    `Respondió al rechazo ${p.reject.code} de ${rxName(p.rx)} optando por ${RESOLUTION_WORDS[p.resolution]}${
      p.reject.code === '79' && p.resolution === 'nextEligibleDate' ? ` (${date(p.reject.nextEligible)})` : ''
    }.`,
  'claim.resolution.wrong': (p) =>
    `Respondió al rechazo ${p.reject.code} de ${rxName(p.rx)} optando por ${RESOLUTION_WORDS[p.chose]}; lo que corresponde es ${RESOLUTION_WORDS[p.expected]}.`,
  'claim.override': (p) =>
    `Forzó la reclamación de ${rxName(p.rx)} al ${RESOLUTION_WORDS[p.override]} (rechazo ${p.reject.code}) sin el farmacéutico.`,
  'claim.missed': (p) => `${capital(rxName(p.rx))} nunca se facturó al plan del paciente.`,
  'claim.unresolved': (p) => `Nadie respondió a la reclamación rechazada de ${rxName(p.rx)}.`,
  'claim.notBilled': (p) => `Este paciente no tiene ningún plan al cual facturar ${rxName(p.rx)}: es un surtido en efectivo.`,
  'claim.first': (p) => `Envíe la reclamación de ${rxName(p.rx)} (y responda a cualquier rechazo) antes de sacar el producto.`,
  'claim.settled': (p) => `La reclamación de ${rxName(p.rx)} ya está resuelta.`,
  'claim.nothingToResolve': (p) => `No hay ninguna reclamación rechazada de ${rxName(p.rx)} que responder.`,
  'claim.noSecondary': (p) => `El paciente no tiene registrado ningún otro plan al cual facturar ${rxName(p.rx)}.`,
};
