import type { FeedbackSlice } from '../../catalogue';
import type { StockCode } from '../../families';

/** The lot taken from the shelf and its expiry date. */
export const STOCK_FEEDBACK: FeedbackSlice<StockCode> = {
  'selection.expired': {
    what: '{detail}',
    why: 'An expired medicine may be weaker or changed, and one that expires before the patient finishes it is no better.',
    how: 'Read the expiry date on every stock bottle you pull; put an out-of-date one back, take one in date, and tell the pharmacist so it is pulled into quarantine.',
  },
  'selection.inDate': {
    what: '{detail}',
    why: 'Checking the date on the bottle is part of checking the product, as much as its name and strength.',
    how: 'Keep reading the expiry date on every bottle, and let the pharmacist know about the out-of-date one so it is pulled.',
  },
  'selection.unknownLot': {
    what: '{detail}',
    why: 'Only a bottle that is on the shelf can be dispensed.',
    how: 'Choose one of the bottles on the shelf.',
  },
};
