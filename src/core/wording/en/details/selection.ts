import type { DetailSlice } from '../../catalogue';
import type { SelectionCode } from '../../families';
import { productName, quoted, rxName } from '../phrases';

/** Pulling stock and scanning it. */
export const SELECTION_DETAILS: DetailSlice<SelectionCode> = {
  'selection.correct': (p) => `You took ${productName(p.product)}, the prescribed product.`,
  'selection.lookalike': (p) => `You picked ${productName(p.picked)}; the prescription is for ${productName(p.wanted)}.`,
  'selection.wrong': (p) => `You picked ${productName(p.picked)}; the prescription is for ${productName(p.wanted)}.`,
  'selection.corrected': (p) => `You corrected your pick: ${productName(p.product)} is the prescribed product.`,
  'selection.returned': (p) => `You put ${productName(p.product)} back on the shelf.`,
  'selection.unknownProduct': (p) => `There is no product ${quoted(p.productId)} on the shelf.`,
  'selection.missed': (p) => `No stock bottle was pulled for ${rxName(p.rx)}.`,
  'scan.match': (p) => `Good beep: NDC ${p.ndc} matches the product entered.`,
  'scan.mismatch': (p) => {
    const bottle = `${productName(p.bottle)}${p.bottleNdc === undefined ? '' : ` (${p.bottleNdc})`}`;
    const entered = p.entered === undefined ? 'the product entered' : `${productName(p.entered.product)} (${p.entered.ndc})`;
    return `Bad beep: the bottle is ${bottle}, but you entered ${entered}.`;
  },
  'scan.missed': (p) => `The stock bottle for ${rxName(p.rx)} was never scanned.`,
};
