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
  'shortage.reported': {
    what: '{detail}',
    why: "A shortage is the pharmacist's call: the patient must know what they get today and when the rest comes.",
    how: 'Keep telling the pharmacist as soon as the shelf is short, with how much is there, before you count.',
  },
  'shortage.wrongPlan': {
    what: '{detail}',
    why: 'Whether to part-fill, order or transfer depends on how soon the patient needs the medicine and when stock arrives.',
    how: 'Ask how urgent the medicine is and when the next order comes, and propose the plan that gets the patient their doses on time.',
  },
  'shortage.notShort': {
    what: '{detail}',
    why: 'A shortage report for stock that is there delays the fill.',
    how: 'Compare what is on the shelf with the quantity before you report a shortage.',
  },
  'shortage.missed': {
    what: '{detail}',
    why: 'A patient who leaves with less than prescribed, unaware, runs out of medicine.',
    how: 'When the shelf holds less than the quantity, tell the pharmacist before you count, and record the owed balance.',
  },
};
