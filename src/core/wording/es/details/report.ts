import type { ReportGap, ReportHidden } from '../../../engine/resultParams';
import type { ErrorKind } from '../../../scenario/errorDiscoveredSchema';
import type { DetailSlice } from '../../catalogue';
import type { ReportCode } from '../../families';
import { capital, listPhrase, productName } from '../phrases';

/** Each kind of error as a sentence names it. */
export const ERROR_KIND_NAMES: Record<ErrorKind, string> = {
  wrongDrug: 'el medicamento equivocado',
  wrongStrength: 'la concentración equivocada',
  wrongQuantity: 'la cantidad equivocada',
  wrongDirections: 'las indicaciones equivocadas',
  wrongPatient: 'el paciente equivocado',
  labellingError: 'un error de etiquetado',
};

const HIDDEN: Record<ReportHidden, string> = {
  reachedPatient: 'dice que el error no llegó al paciente, cuando sí llegó',
  dispensed: 'no nombra el producto que realmente se surtió',
};

const GAPS: Record<ReportGap, string> = {
  kind: 'qué tipo de error fue',
  foundBy: 'cómo se descubrió',
  reachedPatient: 'si llegó al paciente',
  factors: 'un factor contribuyente que corresponda a lo que pasó',
  prevention: 'cómo evitarlo la próxima vez',
};

/** The pharmacist's category, with what it means (pharmacy-rules.md §13.1). */
const category = (c: string, reached: boolean): string =>
  `El farmacéutico asigna la categoría ${c} del NCC MERP (${reached ? 'llegó al paciente' : 'no llegó al paciente'}).`;

/** Owning a mistake: telling, keeping the product, calling the patient, and the report. */
export const REPORT_DETAILS: DetailSlice<ReportCode> = {
  'error.nothingToOwn': () => 'En esta atención no hay ningún error que informar.',
  'error.told': (p) =>
    p.madeBy === 'you'
      ? 'Le avisó de inmediato al farmacéutico de su error.'
      : 'Le avisó de inmediato al farmacéutico, aunque el surtido lo hizo un compañero.',
  'error.tell.missed': () => 'Nunca se le avisó al farmacéutico del error.',
  'error.quarantined': (p) => `Apartó ${productName(p.product)} en cuarentena para el farmacéutico.`,
  'error.reshelved': (p) => `Devolvió ${productName(p.product)} al estante, donde se puede volver a surtir.`,
  'error.discarded': (p) => `Tiró ${productName(p.product)} a la basura, y con eso la evidencia que necesita el farmacéutico.`,
  'error.keep.missed': () => 'El producto equivocado nunca se apartó para el farmacéutico.',
  'error.contacted': (p) =>
    p.taken
      ? 'Ayudó al farmacéutico a llamar al paciente, que ya tomó parte del medicamento.'
      : 'Ayudó al farmacéutico a llamar al paciente antes de que tomara nada del medicamento.',
  'error.contact.notNeeded': (p) =>
    p.reason === 'productWithPatient'
      ? `${capital(productName(p.product))} está en la casa del paciente, no en la farmacia: llame al paciente.`
      : p.reason === 'patientHere'
        ? 'El paciente está aquí en el mostrador: no hace falta llamar.'
        : 'El producto equivocado nunca salió de la farmacia: no hay ningún paciente a quien llamar.',
  'error.contact.missed': () => 'Nadie llamó al paciente que se llevó a casa el medicamento equivocado.',
  'report.honest': (p) =>
    `Su informe dice con claridad lo que pasó: ${ERROR_KIND_NAMES[p.kind]}; se surtió ${productName(p.dispensed)}. ${category(p.harmCategory, p.reachedPatient)}`,
  'report.incomplete': (p) =>
    `Su informe es honesto, pero omite o tiene mal ${listPhrase(p.missing.map((g) => GAPS[g]))}. ${category(p.harmCategory, p.reachedPatient)}`,
  'report.hides': (p) =>
    `Su informe ${listPhrase(p.hidden.map((h) => HIDDEN[h]))}: se surtió ${productName(p.dispensed)}${p.reachedPatient ? ' y llegó al paciente' : ''}. ${category(p.harmCategory, p.reachedPatient)}`,
  'report.blame': () => 'Su informe le echa la culpa a un compañero.',
  'report.alreadyFiled': () => 'Ya presentó el informe de error.',
  'report.missed': () => 'No se presentó ningún informe de error.',
};
