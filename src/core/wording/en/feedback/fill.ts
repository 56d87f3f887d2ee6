import type { FeedbackSlice } from '../../catalogue';
import type { FillCode } from '../../families';

/** Counting, labelling and the pharmacist's check. */
export const FILL_FEEDBACK: FeedbackSlice<FillCode> = {
  'count.correct': {
    what: '{detail}',
    why: 'An exact count means the medicine lasts as long as the label says.',
    how: 'Keep counting in fives on a clean tray and checking the total before it goes in the vial.',
  },
  'count.wrong': {
    what: '{detail}',
    why: 'A short count leaves the patient without doses; an over-count costs the pharmacy and can be audited.',
    how: 'Count in fives, then recount before filling the vial (count twice for C-II).',
  },
  'count.missed': {
    what: '{detail}',
    why: 'An empty vial cannot go to the pharmacist or the patient.',
    how: 'Count or measure the prescribed quantity after a good scan.',
  },
  'label.auxiliary.ok': {
    what: '{detail}',
    why: 'Auxiliary labels give the patient the warnings they need at a glance.',
    how: "Keep checking the product's auxiliary labels every time you label a vial.",
  },
  'label.auxiliary.missing': {
    what: '{detail}',
    why: 'A missing warning can leave the patient taking the medicine in a way that harms them.',
    how: 'Look up the auxiliary labels the product needs and apply every one of them.',
  },
  'label.auxiliary.extra': {
    what: '{detail}',
    why: 'A warning that does not apply confuses the patient and makes the real warnings easier to ignore.',
    how: 'Apply only the auxiliary labels this product calls for.',
  },
  'label.auxiliary.wrong': {
    what: '{detail}',
    why: 'The patient relies on the stickers on the vial: a missing warning can harm, a wrong one misleads.',
    how: "Compare your stickers with the product's list of auxiliary labels before applying them.",
  },
  'label.missed': {
    what: '{detail}',
    why: 'An unlabelled vial cannot be verified or handed out.',
    how: 'Print and apply the label right after filling, one prescription at a time.',
  },
  'verify.passed': {
    what: '{detail}',
    why: 'A clean basket lets the pharmacist verify quickly and the patient gets their medicine sooner.',
    how: 'Keep staging the prescription, label, stock bottle and vial together.',
  },
  'verify.wrongProduct': {
    what: '{detail}',
    why: "The pharmacist's check is the last barrier; relying on it means one slip away from a wrong-drug error.",
    how: 'Only count from a bottle that matches the prescription and gave a good beep.',
  },
  'verify.missed': {
    what: '{detail}',
    why: "Nothing may leave the pharmacy without the pharmacist's verification.",
    how: 'Submit every finished, labelled prescription for verification.',
  },
};
