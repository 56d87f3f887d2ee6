import type { FindingCode } from '../../core/findings/codes';

/** Each finding in the words a technician would use at the counter; typed as a Record so none is forgotten. */
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
};

/** The reasons in the order the dialog lists them (alphabetical by wording, so none stands out). */
export const FLAG_REASON_LIST = (Object.entries(FLAG_REASONS) as [FindingCode, string][]).sort((a, b) => a[1].localeCompare(b[1]));
