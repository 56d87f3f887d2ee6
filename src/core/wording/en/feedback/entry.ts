import type { FeedbackSlice } from '../../catalogue';
import type { EntryCode } from '../../families';

/** Data entry, one pair of entries per field. */
export const ENTRY_FEEDBACK: FeedbackSlice<EntryCode> = {
  'entry.product.ok': {
    what: '{detail}',
    why: 'The product you enter decides what the scanner accepts and what the label says.',
    how: 'Keep matching drug, strength and form to the prescription, reading tall-man letters closely.',
  },
  'entry.product.wrong': {
    what: '{detail}',
    why: 'A wrong product in the system means the wrong medicine can pass the scan and reach the patient.',
    how: 'Compare drug name, strength and dosage form on the prescription with your choice before you submit.',
  },
  'entry.sig.ok': {
    what: '{detail}',
    why: 'Clear directions on the label are how the patient knows how much to take and when.',
    how: 'Keep translating abbreviations into plain words with the same dose and frequency.',
  },
  'entry.sig.wrong': {
    what: '{detail}',
    why: 'Directions with the wrong dose or frequency lead the patient to take too much or too little.',
    how: 'Check the dose, unit, how often and "as needed" in your directions against the prescription.',
  },
  'entry.sig.doNotUse': {
    what: '{detail}',
    why: 'Abbreviations on the Joint Commission "Do Not Use" list are misread: "qd" becomes "qid", "U" becomes a zero and ".5" becomes "5".',
    how: 'Type the words the list gives instead ("daily", "units", "0.5", "1") so the label can only be read one way.',
  },
  'entry.doNotUse.noted': {
    what: '{detail}',
    why: 'Abbreviations on the Joint Commission "Do Not Use" list are misread: "qd" becomes "qid", "U" becomes a zero and ".5" becomes "5".',
    how: 'Keep reading them as written and typing the safe words, and let the pharmacist know when one could be read two ways.',
  },
  'entry.quantity.ok': {
    what: '{detail}',
    why: "The right quantity keeps the fill, the claim and the days' supply consistent.",
    how: 'Keep copying the quantity exactly as written.',
  },
  'entry.quantity.wrong': {
    what: '{detail}',
    why: 'A wrong quantity short-changes the patient or bills the plan for medicine they never got.',
    how: "Copy the quantity exactly as the prescriber wrote it, in the product's dispensing unit.",
  },
  'entry.daysSupply.ok': {
    what: '{detail}',
    why: "An accurate days' supply lets the plan time the next refill correctly.",
    how: 'Keep dividing the quantity by the most the patient may use in a day and rounding down.',
  },
  'entry.daysSupply.wrong': {
    what: '{detail}',
    why: "A wrong days' supply makes refills come due too early or too late, and is an audit finding.",
    how: 'Divide the quantity by the largest daily use (largest dose, shortest interval), round down, and cap insulin at its in-use life.',
  },
  'entry.refills.ok': {
    what: '{detail}',
    why: 'The refill count controls how long the patient can get this medicine without a new prescription.',
    how: 'Keep entering what is authorised, minus what has been used on a refill.',
  },
  'entry.refills.wrong': {
    what: '{detail}',
    why: 'Too many refills gives medicine the prescriber did not authorise; too few sends the patient back early.',
    how: 'Enter the refills written; for a refill request, subtract the refills already used.',
  },
  'entry.daw.ok': {
    what: '{detail}',
    why: 'The DAW code tells the plan whether a generic could be substituted.',
    how: 'Keep copying the product-selection code the prescription gives.',
  },
  'entry.daw.wrong': {
    what: '{detail}',
    why: 'A wrong DAW code can get the claim rejected or charge the patient a brand penalty.',
    how: 'Use the code on the prescription; 0 means substitution is allowed, 1 means the prescriber wants it as written.',
  },
  'entry.missed': {
    what: '{detail}',
    why: 'Nothing can be filled, billed or labelled until the prescription is entered.',
    how: "Enter every accepted prescription: product, directions, quantity, days' supply, refills and DAW.",
  },
};
