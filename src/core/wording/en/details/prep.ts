import type { DetailSlice } from '../../catalogue';
import type { PrepCode } from '../../families';
import { capital, date, dayCount, entered, productName, rxName } from '../phrases';

const STORAGE_WORDS = { room: 'at room temperature', refrigerator: 'in the refrigerator' } as const;

/** Reconstituting a powder for suspension and its beyond-use date. */
export const PREP_DETAILS: DetailSlice<PrepCode> = {
  'order.reconstituteFirst': (p) => `${capital(rxName(p.rx))} is a powder: make it up with water before you measure it.`,
  'reconstitute.correct': (p) =>
    `You added ${p.waterMl} mL of purified water to ${productName(p.product)} in ${p.portions} portions, shaking after each.`,
  'reconstitute.wrongVolume': (p) =>
    `You added ${p.waterMl === null ? 'nothing' : `${entered(p.waterMl)} mL`} of water; the label of ${productName(p.product)} calls for ${p.wanted} mL.`,
  'reconstitute.onePortion': (p) =>
    `You added the water in ${p.portions === 1 ? 'one go' : `${p.portions} portions`}; ${productName(p.product)} is made up in ${p.wanted} portions, shaking after each.`,
  'reconstitute.notNeeded': (p) => `${capital(productName(p.product))} is dispensed as it is; it needs no water.`,
  'reconstitute.missed': (p) => `The powder for ${rxName(p.rx)} was never made up with water.`,
  'label.beyondUse.ok': (p) => `The label says discard after ${date(p.date)}, and the suspension is kept ${STORAGE_WORDS[p.storage]}.`,
  'label.beyondUse.wrong': (p) =>
    `The label says discard after ${date(p.written)}; made up today it is good for ${dayCount(p.days)}, until ${date(p.date)}.`,
  'label.beyondUse.missing': (p) => `The label has no beyond-use date; it should say discard after ${date(p.date)} (${dayCount(p.days)}).`,
};
