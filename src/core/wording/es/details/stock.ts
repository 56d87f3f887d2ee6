import type { DetailSlice } from '../../catalogue';
import type { StockCode } from '../../families';
import type { ShortageResolution } from '../../../scenario/encounterSchema';
import { date, dayCount, productName, quoted, quotedList, rxName, unitCount } from '../phrases';

/** What each way out of a shortage means, as the technician proposes it. */
const PLAN: Record<ShortageResolution, string> = {
  partialFill: 'surtir lo que hay en existencia y quedarle debiendo el resto al paciente',
  orderTomorrow: 'pedirlo para mañana y retener la receta',
  transfer: 'que el farmacéutico la transfiera a una farmacia que lo tenga',
};
/** How much is on the shelf, as the rest of the sentence "de … " needs it. */
const have = (n: number, unit: string): string =>
  n === 0 ? 'no hay nada en existencia' : `solo hay ${n} ${unitCount(unit, n)} en existencia`;

/** The lot taken from the shelf and its expiry date. */
export const STOCK_DETAILS: DetailSlice<StockCode> = {
  'selection.expired': (p) =>
    p.soon
      ? `Tomó el lote ${p.lot} de ${productName(p.product)}, que vence el ${date(p.expires)}: dentro de ${dayCount(p.shortDatedDays)} a partir de hoy (${date(p.today)}).`
      : `Tomó el lote ${p.lot} de ${productName(p.product)}, que venció el ${date(p.expires)}; hoy es ${date(p.today)}.`,
  'selection.inDate': (p) =>
    `Revisó la fecha de vencimiento y tomó el lote ${p.lot} de ${productName(p.product)}, válido hasta el ${date(p.expires)}, y no el frasco vencido que estaba a su lado.`,
  'selection.unknownLot': (p) =>
    `No hay ningún lote ${quoted(p.lot)} de ${productName(p.product)} en el estante; los lotes que hay son ${quotedList(p.lots)}.`,
  'shortage.reported': (p) =>
    p.resolution === 'partialFill'
      ? `Le dijo al farmacéutico que de ${productName(p.product)} ${have(p.onHand, p.unit)}: surtir ${p.onHand} ahora y quedarle debiendo al paciente ${p.owed} ${unitCount(p.unit, p.owed)}.`
      : `Le dijo al farmacéutico que de ${productName(p.product)} ${have(p.onHand, p.unit)} y propuso ${PLAN[p.resolution]}, como decidió el farmacéutico.`,
  'shortage.wrongPlan': (p) =>
    `Le dijo al farmacéutico que de ${productName(p.product)} ${have(p.onHand, p.unit)} y propuso ${PLAN[p.chosen]}; el farmacéutico decidió ${PLAN[p.resolution]}.`,
  'shortage.notShort': (p) => `En el estante hay suficiente ${productName(p.product)} para esta receta.`,
  'shortage.missed': (p) => `No había suficiente inventario para ${rxName(p.rx)} en el estante, y nunca se le dijo al farmacéutico.`,
};
