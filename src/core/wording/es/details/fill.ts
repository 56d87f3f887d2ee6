import type { DetailSlice } from '../../catalogue';
import type { FillCode } from '../../families';
import { capital, entered, fillVerb, productName, quotedList, rxName, sentence, unitCount } from '../phrases';

const lacks = (missing: readonly string[]): string => `le falta ${quotedList(missing)}`;
const adds = (extra: readonly string[]): string =>
  `${quotedList(extra)} no ${extra.length === 1 ? 'corresponde' : 'corresponden'} a este producto`;

/** Counting, labelling and the pharmacist's check. */
export const FILL_DETAILS: DetailSlice<FillCode> = {
  'count.correct': (p) => `${capital(fillVerb(p.unit))} ${p.quantity} ${unitCount(p.unit, p.quantity)}, tal como se recetó.`,
  'count.wrong': (p) =>
    `${capital(fillVerb(p.unit))} ${entered(p.counted)}; la receta es para ${p.quantity} ${unitCount(p.unit, p.quantity)}.`,
  'count.missed': (p) => `${capital(rxName(p.rx))} nunca se contó.`,
  'label.auxiliary.ok': (p) =>
    p.labels.length === 0
      ? 'Este producto no necesita etiqueta auxiliar, y usted no puso ninguna.'
      : sentence(`Puso ${quotedList(p.labels)}`),
  'label.auxiliary.missing': (p) => sentence(`Al frasco ${lacks(p.missing)}`),
  'label.auxiliary.extra': (p) => `${capital(adds(p.extra))}.`,
  'label.auxiliary.wrong': (p) => `Al frasco ${lacks(p.missing)}, y ${adds(p.extra)}.`,
  'label.missed': (p) => `${capital(rxName(p.rx))} nunca se etiquetó.`,
  'verify.passed': (p) => `El farmacéutico verificó ${productName(p.product)} y está embolsado para la entrega.`,
  'verify.wrongProduct': (p) =>
    `El farmacéutico devolvió la canasta: ${p.holding === null ? 'no contiene ningún frasco de inventario' : `contiene ${productName(p.holding)}`}, pero la receta es para ${productName(p.wanted)}.`,
  'verify.missed': (p) => `${capital(rxName(p.rx))} nunca pasó a verificación con el farmacéutico.`,
};
