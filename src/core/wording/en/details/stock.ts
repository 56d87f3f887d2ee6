import type { DetailSlice } from '../../catalogue';
import type { StockCode } from '../../families';
import { date, dayCount, productName, quoted, quotedList } from '../phrases';

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
};
