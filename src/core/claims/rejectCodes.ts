/**
 * The NCPDP reject codes (field 511-FB) the simulated plans return (pharmacy-rules.md §6.1).
 * Codes may be added, never renamed: results and saved reports name them.
 */
export const REJECT_CODES = ['07', '09', '19', '25', '41', '52', '56', '65', '69', '70', '75', '76', '79', '88', 'E7'] as const;
/** One NCPDP reject code. */
export type RejectCode = (typeof REJECT_CODES)[number];

/** How a technician may answer a rejected claim, and the two things only the pharmacist may do. */
export const RESOLUTIONS = [
  'billSecondary',
  'adjustToLimit',
  'priorAuthorization',
  'cashPrice',
  'nextEligibleDate',
  'toPharmacist',
  'overrideDur',
  'overrideRefillTooSoon',
] as const;
/** One way of answering a reject. */
export type Resolution = (typeof RESOLUTIONS)[number];

/** Answers outside a technician's scope: a DUR or early-refill override needs the pharmacist. */
export const OUT_OF_SCOPE: ReadonlySet<Resolution> = new Set<Resolution>(['overrideDur', 'overrideRefillTooSoon']);

/** Answers after which the prescription is not filled today: it waits for the prescriber, a date or the pharmacist. */
export const HOLDS: ReadonlySet<Resolution> = new Set<Resolution>(['priorAuthorization', 'nextEligibleDate', 'toPharmacist']);

/** Which plan a claim is billed to: the one on the profile, or the patient's second plan. */
export const PAYERS = ['plan', 'secondary'] as const;
/** One of PAYERS. */
export type Payer = (typeof PAYERS)[number];
