import type { DetailSlice } from '../../catalogue';
import type { FillCode } from '../../families';
import { capital, entered, fillVerb, productName, quotedList, rxName, sentence, unitCount } from '../phrases';

const lacks = (missing: readonly string[]): string => `missing ${quotedList(missing)}`;
const adds = (extra: readonly string[]): string => `${quotedList(extra)} ${extra.length === 1 ? 'does' : 'do'} not belong on this product`;

/** Counting, labelling and the pharmacist's check. */
export const FILL_DETAILS: DetailSlice<FillCode> = {
  'count.correct': (p) => `You ${fillVerb(p.unit)} ${p.quantity} ${unitCount(p.unit, p.quantity)}, as prescribed.`,
  'count.wrong': (p) =>
    `You ${fillVerb(p.unit)} ${entered(p.counted)}; the prescription is for ${p.quantity} ${unitCount(p.unit, p.quantity)}.`,
  'count.missed': (p) => `${capital(rxName(p.rx))} was never counted.`,
  'label.auxiliary.ok': (p) =>
    p.labels.length === 0 ? 'This product needs no auxiliary label, and you added none.' : sentence(`You applied ${quotedList(p.labels)}`),
  'label.auxiliary.missing': (p) => sentence(`The vial is ${lacks(p.missing)}`),
  'label.auxiliary.extra': (p) => `${capital(adds(p.extra))}.`,
  'label.auxiliary.wrong': (p) => `The vial is ${lacks(p.missing)}, and ${adds(p.extra)}.`,
  'label.missed': (p) => `${capital(rxName(p.rx))} was never labelled.`,
  'verify.passed': (p) => `The pharmacist verified ${productName(p.product)} and it is bagged for pick-up.`,
  'verify.wrongProduct': (p) =>
    `The pharmacist sent the basket back: it holds ${p.holding === null ? 'no stock bottle' : productName(p.holding)}, but the prescription is for ${productName(p.wanted)}.`,
  'verify.missed': (p) => `${capital(rxName(p.rx))} never went to the pharmacist for verification.`,
};
