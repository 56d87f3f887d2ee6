import type { FindingCode, Step } from '../../findings/codes';

/** Each finding code in the words a technician uses at the counter, for feedback sentences. */
export const FINDING_NAMES: Record<FindingCode, string> = {
  RX_INCOMPLETE: 'an incomplete prescription',
  RX_EXPIRED: 'an expired prescription',
  DEA_MISSING: 'a missing DEA number',
  DEA_INVALID: 'an invalid DEA number',
  DEA_NAME_MISMATCH: "a DEA number that does not match the prescriber's name",
  CII_REFILLS: 'refills written on a C-II',
  CONTROLLED_REFILL_LIMIT: 'more refills than the law allows',
  RX_ALTERED: 'an altered prescription',
  PATIENT_MISMATCH: 'a patient mismatch',
  ALLERGY: 'an allergy',
  INTERACTION: 'a drug interaction',
  DUPLICATE_THERAPY: 'duplicate therapy',
  REFILL_TOO_SOON: 'a fill that is too soon',
  NO_REFILLS_LEFT: 'no refills left',
  CLINICAL_QUESTION: 'a clinical question',
  LASA_RISK: 'a look-alike, sound-alike risk',
  CII_PHONED_IN: 'a C-II called in by phone',
};

/** Each step as the workflow names it in feedback ("caught at data entry"). */
export const STEP_NAMES: Record<Step, string> = {
  intake: 'intake',
  entry: 'data entry',
  selection: 'product selection',
  count: 'counting',
  label: 'labelling',
  verify: 'verification',
  pickup: 'pick-up',
  report: 'the error report',
};

/** Each finding as the flag dialog offers it as a reason, in the words a technician would use at the counter. */
export const FLAG_REASONS: Record<FindingCode, string> = {
  RX_INCOMPLETE: 'Something required is missing from the prescription',
  RX_EXPIRED: 'The prescription is too old to fill',
  DEA_MISSING: 'DEA number is missing',
  DEA_INVALID: 'DEA number is not valid',
  DEA_NAME_MISMATCH: "DEA number does not match the prescriber's name",
  CII_REFILLS: 'Refills written on a Schedule II prescription',
  CONTROLLED_REFILL_LIMIT: 'Too many refills (or too late) for a controlled substance',
  RX_ALTERED: 'The prescription looks altered or forged',
  PATIENT_MISMATCH: 'Wrong patient: names or dates of birth do not match',
  ALLERGY: 'Patient is allergic',
  INTERACTION: 'Interacts with a medicine the patient takes',
  DUPLICATE_THERAPY: 'Patient already takes a drug that does the same job',
  REFILL_TOO_SOON: 'Too soon to refill',
  NO_REFILLS_LEFT: 'No refills left',
  CLINICAL_QUESTION: 'A clinical question for the pharmacist',
  LASA_RISK: 'Look-alike or sound-alike mix-up risk',
  CII_PHONED_IN: 'A C-II called in by phone (not an emergency)',
};
