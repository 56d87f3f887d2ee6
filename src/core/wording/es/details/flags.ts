import { FINDING_CODES, type FindingCode } from '../../../findings/codes';
import type { CatchParams, MissParams } from '../../../engine/resultParams';
import type { DetailSlice } from '../../catalogue';
import type { FlagCode } from '../../families';
import { findingSentence } from '../findings';
import { FINDING_NAMES, STEP_NAMES } from '../findingNames';
import { productName, quoted, rxName } from '../phrases';

/** Flags that were late, gave the wrong reason, or were not needed. */
export const FLAG_DETAILS: DetailSlice<FlagCode> = {
  'flag.late': (p) =>
    `Motivo correcto, detectado tarde: esto se puede detectar en ${STEP_NAMES[p.catchable]}. ${findingSentence(p.finding)}`,
  'flag.wrongReason': (p) =>
    `Hizo bien en detener ${rxName(p.rx)}; el motivo es ${FINDING_NAMES[p.finding.code]}, no ${FINDING_NAMES[p.flagged]}. ${findingSentence(p.finding)}`,
  'flag.falseAlarm': (p) =>
    `El farmacéutico revisó ${p.about === null ? 'la atención' : rxName(p.about)} buscando ${FINDING_NAMES[p.flagged]} y no encontró nada, así que el trabajo continúa.`,
  'flag.notAStop': () =>
    'Un producto de aspecto parecido en el estante no es motivo para detenerse: lea la etiqueta tres veces y escanee el NDC.',
};

/** A finding stopped on time, however it was caught. */
function caught(p: CatchParams): string {
  switch (p.via) {
    case 'flag':
      return `Detuvo ${rxName(p.rx)} y se la pasó al farmacéutico. ${findingSentence(p.finding)}`;
    case 'window':
      return `Retuvo la bolsa y llamó al farmacéutico. ${findingSentence(p.finding)}`;
    case 'pick':
      return `Tomó ${productName(p.product)}, no el de aspecto parecido que está al lado. ${findingSentence(p.finding)}`;
    case 'refer':
      return `Pasó ${quoted(p.line)} al farmacéutico.`;
  }
}

/** A finding that got past the student, however it got past. */
function missed(p: MissParams): string {
  switch (p.via) {
    case 'verification':
      return `El farmacéutico lo detuvo en la verificación: ${p.findings.map(findingSentence).join(' ')}`;
    case 'unflagged':
      return `${p.finding === undefined ? '' : findingSentence(p.finding)} Nadie se lo señaló al farmacéutico.`.trim();
    case 'pick':
      return `Tomó ${productName(p.picked)}; la receta es para ${productName(p.wanted)}.`;
    case 'unreferred':
      return `${quoted(p.line)} nunca se pasó al farmacéutico.`;
  }
}

/** catch.X and miss.X for every finding code. */
export const CATCH_DETAILS = Object.fromEntries(FINDING_CODES.map((c) => [`catch.${c}`, caught])) as DetailSlice<`catch.${FindingCode}`>;
export const MISS_DETAILS = Object.fromEntries(FINDING_CODES.map((c) => [`miss.${c}`, missed])) as DetailSlice<`miss.${FindingCode}`>;
