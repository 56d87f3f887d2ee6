import type { DetailSlice } from '../../catalogue';
import type { ReceiveCode } from '../../families';
import type { ToteRef } from '../../../engine/resultParams';
import type { ToteVerdict } from '../../../scenario/deliverySchema';
import { date, productName, quotedList } from '../phrases';

/** Lo que significa cada hallazgo en una línea de la caja, como cláusula. */
const VERDICT: Record<ToteVerdict, string> = {
  match: 'coincide con la factura',
  short: 'llegaron menos unidades de las facturadas (envío incompleto)',
  damaged: 'llegó dañado',
  substituted: 'llegó un NDC distinto del pedido (una sustitución)',
  expired: 'su lote ya está vencido',
  shortDated: 'su lote vence demasiado pronto para aceptarlo (fecha corta)',
};
const name = (l: ToteRef): string => `${productName(l.product)} (línea ${l.id}, lote ${l.lot})`;
const schedule = (s: string): string =>
  s === 'II' ? 'un C-II, que se recibe contra el Formulario DEA 222 o su equivalente electrónico (CSOS)' : `un C-${s}`;

/** Recibir un pedido del mayorista. */
export const RECEIVE_DETAILS: DetailSlice<ReceiveCode> = {
  'receive.none': () => 'En este caso no hay ningún pedido que recibir.',
  'receive.unknownLine': (p) =>
    `No hay ninguna línea de la caja para la línea de factura "${p.line}"; las líneas son ${quotedList(p.lines)}.`,
  'receive.checkFirst': (p) => `Compare ${name(p.line)} con la factura antes de ocuparse de ella.`,
  'receive.alreadyDone': (p) => `Ya hizo eso con ${name(p.line)}.`,
  'receive.checked': (p) => `Comparó ${name(p.line)} con la factura: ${VERDICT[p.verdict]}.`,
  'receive.misjudged': (p) =>
    `Encontró que ${VERDICT[p.said]} en ${name(p.line)}; en realidad ${VERDICT[p.verdict]} (facturado: ${p.line.invoiced} del NDC ${p.line.invoicedNdc}; llegó: ${p.line.quantity} del NDC ${p.line.ndc}, con vencimiento el ${date(p.line.expires)}).`,
  'receive.putAway': (p) => `Guardó ${name(p.line)} ${p.storage === 'refrigerator' ? 'en el refrigerador' : 'en el estante'}.`,
  'receive.putAwayHeld': (p) => `Puso ${name(p.line)} en el estante aunque ${VERDICT[p.verdict]}.`,
  'receive.putAwayControlled': (p) => `Registró y guardó usted mismo ${name(p.line)}; es ${schedule(p.schedule)}.`,
  'receive.fridgeFirst': () => 'Guardó los productos refrigerados antes que los del estante.',
  'receive.fridgeLate': (p) => `Guardó productos a temperatura ambiente mientras ${name(p.line)} seguía esperando el refrigerador.`,
  'receive.reported': (p) => `Informó al farmacéutico, para el mayorista, sobre ${name(p.line)}: ${VERDICT[p.verdict]}.`,
  'receive.reportNothing': (p) => `Informó sobre ${name(p.line)}, pero coincide con la factura.`,
  'receive.controlledToPharmacist': (p) =>
    `${name(p.line)} es ${schedule(p.schedule)}: entréguelo al farmacéutico, que lo registra e informa de cualquier discrepancia.`,
  'receive.handedOver': (p) => `Entregó ${name(p.line)} al farmacéutico para que lo registre: es ${schedule(p.schedule)}.`,
  'receive.notControlled': (p) => `${name(p.line)} no es una sustancia controlada: regístrelo usted mismo.`,
  'receive.pulled': (p) => `Retiró a cuarentena el lote ${p.lot} de ${productName(p.product)}, vencido el ${date(p.expires)}.`,
  'receive.unknownLot': (p) =>
    p.lots.length === 0
      ? `No hay ningún lote vencido "${p.lot}" que retirar.`
      : `No hay ningún lote vencido "${p.lot}" que retirar; los lotes son ${quotedList(p.lots)}.`,
  'receive.alreadyPulled': (p) => `El lote ${p.lot} de ${productName(p.product)} ya está en cuarentena.`,
  'receive.check.missed': (p) => `Nunca comparó ${name(p.line)} con la factura.`,
  'receive.putAway.missed': (p) => `Nunca guardó ${name(p.line)}.`,
  'receive.fridgeFirst.missed': () =>
    'No se guardaron los productos refrigerados y los del estante, así que el refrigerador no fue primero.',
  'receive.report.missed': (p) => `Nunca informó de la discrepancia en ${name(p.line)}.`,
  'receive.controlled.missed': (p) => `${name(p.line)}, ${schedule(p.schedule)}, nunca llegó al farmacéutico para registrarlo.`,
  'receive.pull.missed': (p) => `El lote ${p.lot} de ${productName(p.product)}, vencido el ${date(p.expires)}, quedó en el estante.`,
};
