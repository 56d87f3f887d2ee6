import type { FeedbackSlice } from '../../catalogue';
import type { SelectionCode } from '../../families';

/** Pulling stock and scanning it. */
export const SELECTION_FEEDBACK: FeedbackSlice<SelectionCode> = {
  'selection.correct': {
    what: '{detail}',
    why: 'The right stock bottle is the first barrier against a wrong-drug error.',
    how: 'Keep reading the label when you pull the bottle, when you fill, and when you put it back.',
  },
  'selection.lookalike': {
    what: 'You picked a look-alike. {detail}',
    why: 'Look-alike names often share strengths, so the wrong one can look right all the way to the patient.',
    how: 'Read the whole name, especially the tall-man capitals, and compare it with the entry before you scan.',
  },
  'selection.wrong': {
    what: '{detail}',
    why: 'The wrong drug or strength can harm the patient even when the label looks right.',
    how: 'Match drug, strength and form on the stock label to the prescription before scanning.',
  },
  'selection.corrected': {
    what: '{detail}',
    why: 'Putting the wrong bottle back and taking the right one is exactly what the checks are for.',
    how: 'Next time read the label before you scan, so the first pick is the right one.',
  },
  'selection.returned': {
    what: '{detail}',
    why: 'Returning stock promptly keeps the shelf in order for the next fill.',
    how: 'Put each bottle back in its own slot, label facing out.',
  },
  'selection.unknownProduct': {
    what: '{detail}',
    why: 'Only stock on the shelf can be dispensed.',
    how: 'Choose a bottle from the shelf.',
  },
  'selection.missed': {
    what: '{detail}',
    why: 'Without pulling the stock bottle, nothing can be scanned, counted or checked.',
    how: 'After data entry, take the entered product from the shelf.',
  },
  'scan.match': {
    what: '{detail}',
    why: 'A matching NDC proves the bottle is the product you entered, down to the package.',
    how: 'Keep scanning every stock bottle before you count.',
  },
  'scan.mismatch': {
    what: '{detail}',
    why: 'A bad beep means the bottle in your hand is not what you entered, so something is wrong.',
    how: 'Put the bottle back, compare the entry with the prescription, and take the right product.',
  },
  'scan.missed': {
    what: '{detail}',
    why: 'The barcode scan catches wrong drugs and wrong package sizes that eyes miss.',
    how: 'Scan the stock bottle after you take it and before you count.',
  },
};
