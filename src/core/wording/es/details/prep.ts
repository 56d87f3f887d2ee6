import type { DetailSlice } from '../../catalogue';
import type { PrepCode } from '../../families';
import { capital, date, dayCount, entered, productName, rxName } from '../phrases';

const STORAGE_WORDS = { room: 'a temperatura ambiente', refrigerator: 'en el refrigerador' } as const;

/** Reconstituting a powder for suspension and its beyond-use date. */
export const PREP_DETAILS: DetailSlice<PrepCode> = {
  'order.reconstituteFirst': (p) => `${capital(rxName(p.rx))} es un polvo: prepárelo con agua antes de medirlo.`,
  'reconstitute.correct': (p) =>
    `Agregó ${p.waterMl} mL de agua purificada a ${productName(p.product)} en ${p.portions} porciones, agitando después de cada una.`,
  'reconstitute.wrongVolume': (p) =>
    `${p.waterMl === null ? 'No agregó agua' : `Agregó ${entered(p.waterMl)} mL de agua`}; la etiqueta de ${productName(p.product)} indica ${p.wanted} mL.`,
  'reconstitute.onePortion': (p) =>
    `Agregó el agua ${p.portions === 1 ? 'de una sola vez' : `en ${p.portions} porciones`}; ${productName(p.product)} se prepara en ${p.wanted} porciones, agitando después de cada una.`,
  'reconstitute.notNeeded': (p) => `${capital(productName(p.product))} se surte tal como viene; no necesita agua.`,
  'reconstitute.missed': (p) => `El polvo de ${rxName(p.rx)} nunca se preparó con agua.`,
  'label.beyondUse.ok': (p) =>
    `La etiqueta dice desechar después del ${date(p.date)}, y la suspensión se guarda ${STORAGE_WORDS[p.storage]}.`,
  'label.beyondUse.wrong': (p) =>
    `La etiqueta dice desechar después del ${date(p.written)}; preparada hoy, sirve durante ${dayCount(p.days)}, hasta el ${date(p.date)}.`,
  'label.beyondUse.missing': (p) =>
    `La etiqueta no tiene fecha límite de uso; debería decir desechar después del ${date(p.date)} (${dayCount(p.days)}).`,
};
