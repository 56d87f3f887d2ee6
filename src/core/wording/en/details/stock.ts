import type { DetailSlice } from '../../catalogue';
import type { StockCode } from '../../families';
import type { ShortageResolution } from '../../../scenario/encounterSchema';
import { capital, date, dayCount, productName, quoted, quotedList, rxName, unitCount } from '../phrases';

/** What each way out of a shortage means, as the technician proposes it. */
const PLAN: Record<ShortageResolution, string> = {
  partialFill: 'fill what is on hand and owe the patient the balance',
  orderTomorrow: 'order it for tomorrow and hold the prescription',
  transfer: 'have the pharmacist transfer it to a pharmacy that has it',
};
const have = (n: number, unit: string): string => (n === 0 ? 'none on hand' : `only ${n} ${unitCount(unit, n)} on hand`);

/** The lot taken from the shelf and its expiry date. */
export const STOCK_DETAILS: DetailSlice<StockCode> = {
  'selection.expired': (p) =>
    p.soon
      ? `You took lot ${p.lot} of ${productName(p.product)}, which expires on ${date(p.expires)}: within ${dayCount(p.shortDatedDays)} of today (${date(p.today)}).`
      : `You took lot ${p.lot} of ${productName(p.product)}, which expired on ${date(p.expires)}; today is ${date(p.today)}.`,
  'selection.inDate': (p) =>
    `You checked the expiry date and took lot ${p.lot} of ${productName(p.product)}, good until ${date(p.expires)}, not the out-of-date bottle beside it.`,
  'selection.unknownLot': (p) =>
    `There is no lot ${quoted(p.lot)} of ${productName(p.product)} on the shelf; the lots there are ${quotedList(p.lots)}.`,
  'shortage.reported': (p) =>
    p.resolution === 'partialFill'
      ? `You told the pharmacist there is ${have(p.onHand, p.unit)} of ${productName(p.product)}: fill ${p.onHand} now and owe the patient ${p.owed} ${unitCount(p.unit, p.owed)}.`
      : `You told the pharmacist there is ${have(p.onHand, p.unit)} of ${productName(p.product)} and proposed to ${PLAN[p.resolution]}, as the pharmacist decided.`,
  'shortage.wrongPlan': (p) =>
    `You told the pharmacist there is ${have(p.onHand, p.unit)} of ${productName(p.product)} and proposed to ${PLAN[p.chosen]}; the pharmacist decided to ${PLAN[p.resolution]}.`,
  'shortage.notShort': (p) => `There is enough ${productName(p.product)} on the shelf for this prescription.`,
  'shortage.missed': (p) => `${capital(rxName(p.rx))} was short on the shelf, and the pharmacist was never told.`,
};
