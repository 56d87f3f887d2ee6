import type { DetailSlice } from '../../catalogue';
import type { SelectionCode } from '../../families';
import { productName, quoted, rxName } from '../phrases';

/** Pulling stock and scanning it. */
export const SELECTION_DETAILS: DetailSlice<SelectionCode> = {
  'selection.correct': (p) => `Tomó ${productName(p.product)}, el producto recetado.`,
  'selection.lookalike': (p) => `Tomó ${productName(p.picked)}; la receta es para ${productName(p.wanted)}.`,
  'selection.wrong': (p) => `Tomó ${productName(p.picked)}; la receta es para ${productName(p.wanted)}.`,
  'selection.corrected': (p) => `Corrigió su selección: ${productName(p.product)} es el producto recetado.`,
  'selection.returned': (p) => `Devolvió ${productName(p.product)} al estante.`,
  'selection.unknownProduct': (p) => `No hay ningún producto ${quoted(p.productId)} en el estante.`,
  'selection.missed': (p) => `No se tomó ningún frasco de inventario para ${rxName(p.rx)}.`,
  'scan.match': (p) => `Pitido correcto: el NDC ${p.ndc} coincide con el producto ingresado.`,
  'scan.mismatch': (p) => {
    const bottle = `${productName(p.bottle)}${p.bottleNdc === undefined ? '' : ` (${p.bottleNdc})`}`;
    const entered = p.entered === undefined ? 'el producto ingresado' : `${productName(p.entered.product)} (${p.entered.ndc})`;
    return `Pitido de error: el frasco es ${bottle}, pero usted ingresó ${entered}.`;
  },
  'scan.missed': (p) => `El frasco de inventario para ${rxName(p.rx)} nunca se escaneó.`,
};
