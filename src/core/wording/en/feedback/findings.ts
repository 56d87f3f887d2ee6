import { FINDING_CODES, type FindingCode } from '../../../findings/codes';
import type { FeedbackEntry, FeedbackSlice } from '../../catalogue';

/** Why each kind of problem matters and the check that catches it. */
const FINDING_WORDS: Record<FindingCode, { why: string; how: string }> = {
  RX_INCOMPLETE: {
    why: 'A prescription missing a required element is not legally valid until the prescriber completes it.',
    how: "Check every required element: signature, and for controlled drugs the patient's and prescriber's addresses.",
  },
  RX_EXPIRED: {
    why: 'An expired prescription can no longer be filled; the prescriber must write a new one.',
    how: 'Compare the date written with today and the validity window for its schedule.',
  },
  DEA_MISSING: {
    why: "A controlled-substance prescription without the prescriber's DEA number cannot be filled.",
    how: 'Look for the DEA number on every controlled-substance prescription.',
  },
  DEA_INVALID: {
    why: 'A DEA number that fails its check is a sign of a forged or mistyped prescription.',
    how: 'Add digits 1, 3 and 5, add twice the sum of digits 2, 4 and 6; the last digit of the total must equal the seventh digit.',
  },
  DEA_NAME_MISMATCH: {
    why: "The second letter of a DEA number usually matches the prescriber's last name; a mismatch can mean forgery.",
    how: "Compare the DEA number's second letter with the prescriber's last-name initial.",
  },
  CII_REFILLS: {
    why: 'Federal law forbids refills on a C-II, so refills written on one make it invalid as written.',
    how: 'On every C-II, check the refill line reads zero.',
  },
  CONTROLLED_REFILL_LIMIT: {
    why: 'C-III and C-IV prescriptions may have at most 5 refills within 6 months.',
    how: 'Count the refills on every C-III or C-IV prescription against the limit.',
  },
  RX_ALTERED: {
    why: 'Changes in a different ink or overwritten numbers are classic signs of a forged prescription.',
    how: 'Look closely at quantities, strengths and dates for erasures, overwriting or different ink.',
  },
  PATIENT_MISMATCH: {
    why: 'Medicine given to the wrong person can harm them and leaves the real patient without it.',
    how: 'Match the name and date of birth on the prescription and at the window to the profile.',
  },
  ALLERGY: {
    why: 'Dispensing a drug the patient is allergic to can cause a severe or fatal reaction.',
    how: "At data entry, check the profile's allergies against the drug and its class; if they match, stop and flag it for the pharmacist.",
  },
  INTERACTION: {
    why: 'Some drug pairs can cause bleeding, dangerous blood pressure drops or toxicity.',
    how: 'At data entry, compare the new drug with every medicine on the profile and on the other prescriptions; flag a known interaction for the pharmacist instead of moving on.',
  },
  DUPLICATE_THERAPY: {
    why: 'Two drugs of the same class on one profile can double the effect and the side effects.',
    how: "Compare the new drug's class with the medicines already on the profile.",
  },
  REFILL_TOO_SOON: {
    why: 'Filling too early can mean overuse, and the plan will reject the claim.',
    how: 'Check the last fill date and days\' supply against the plan\'s refill threshold, and any "do not fill before" date.',
  },
  NO_REFILLS_LEFT: {
    why: 'With no refills left, the prescriber must authorise more before it can be filled.',
    how: 'Compare refills used with refills authorised before accepting a refill request.',
  },
  CLINICAL_QUESTION: {
    why: 'A technician never counsels: questions about use, effects or safety are for the pharmacist only.',
    how: 'Refer every question about how to take a medicine, side effects or interactions to the pharmacist.',
  },
  CII_PHONED_IN: {
    why: 'A C-II must be written and signed, or sent electronically; a telephoned C-II is allowed only in an emergency, and then only the pharmacist takes it (21 CFR 1306.11).',
    how: 'When a prescriber calls in a C-II, stop and hand the call to the pharmacist; ask the office to send it electronically or in writing.',
  },
  LASA_RISK: {
    why: 'Look-alike names sitting side by side are a leading cause of wrong-drug errors.',
    how: 'Read the whole name and strength on the stock label, and let the NDC scan confirm it.',
  },
};

/** The catch wording: same reason, and the check phrased as one to keep doing. */
function caught(code: FindingCode): FeedbackEntry {
  const { why, how } = FINDING_WORDS[code];
  return { what: '{detail}', why, how: `Keep doing this check: ${how.charAt(0).toLowerCase()}${how.slice(1)}` };
}

/** catch.X: a finding stopped on time, for every finding code. */
export const CATCH_FEEDBACK = Object.fromEntries(
  FINDING_CODES.map((c) => [`catch.${c}`, caught(c)]),
) as FeedbackSlice<`catch.${FindingCode}`>;

/** miss.X: a finding that got past the student (stopped by the pharmacist, or never flagged). */
export const MISS_FEEDBACK = Object.fromEntries(
  FINDING_CODES.map((c) => [`miss.${c}`, { what: '{detail}', ...FINDING_WORDS[c] }]),
) as FeedbackSlice<`miss.${FindingCode}`>;
