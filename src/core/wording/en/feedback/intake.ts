import type { FeedbackSlice } from '../../catalogue';
import type { IntakeCode } from '../../families';

/** Drop-off identity and the intake review. */
export const INTAKE_FEEDBACK: FeedbackSlice<IntakeCode> = {
  'identity.dropoff': {
    what: '{detail}',
    why: "Two identifiers make sure every check that follows uses the right patient's allergies and history.",
    how: 'Keep asking for the full name and date of birth at every drop-off.',
  },
  'identity.dropoff.missed': {
    what: '{detail}',
    why: "Without two identifiers you may fill against another patient's profile and miss their allergies.",
    how: 'Ask for the full name and date of birth and match both to the profile before anything else.',
  },
  'intake.accepted': {
    what: '{detail}',
    why: 'A careful intake review lets a clean prescription move on without delay.',
    how: 'Keep reading every line: patient, prescriber, drug, directions, quantity, refills, date and signature.',
  },
  'intake.missed': {
    what: '{detail}',
    why: 'A prescription that is never reviewed is never filled, and the patient leaves without it.',
    how: 'Review each prescription at intake, then accept it or flag a problem.',
  },
};
