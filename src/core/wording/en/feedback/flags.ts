import type { FeedbackSlice } from '../../catalogue';
import type { FlagCode } from '../../families';

/** Flags that were late, gave the wrong reason, or were not needed. */
export const FLAG_FEEDBACK: FeedbackSlice<FlagCode> = {
  'flag.late': {
    what: '{detail}',
    why: 'Every step done on a prescription that has to be stopped is wasted, and a late catch is one step from a miss.',
    how: 'Run the intake and data-entry checks before moving a prescription on.',
  },
  'flag.wrongReason': {
    what: '{detail}',
    why: 'The pharmacist acts on the reason you give, so the right reason gets the problem fixed faster.',
    how: 'Name the exact problem you found, and read the prescription again for anything else.',
  },
  'flag.falseAlarm': {
    what: '{detail}',
    why: 'Stopping a clean prescription delays the patient and takes the pharmacist away from real problems.',
    how: 'Flag only what you can point to: a failed check, a missing element, or a conflict with the profile.',
  },
  'flag.notAStop': {
    what: '{detail}',
    why: 'A look-alike beside the product is a reason for care, not a reason to stop the fill.',
    how: 'Read the label three times and let the scan confirm the NDC.',
  },
};
