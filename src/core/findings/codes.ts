import type { Coded } from '../coded';
import type { FindingParams } from './params';

/**
 * Stable finding codes. Codes may be added, never renamed: saved logs, scenario files and
 * reports refer to them. Each one is documented in docs/finding-codes.md and has feedback.
 */
export const FINDING_CODES = [
  'RX_INCOMPLETE',
  'RX_EXPIRED',
  'DEA_MISSING',
  'DEA_INVALID',
  'DEA_NAME_MISMATCH',
  'CII_REFILLS',
  'CONTROLLED_REFILL_LIMIT',
  'RX_ALTERED',
  'PATIENT_MISMATCH',
  'ALLERGY',
  'INTERACTION',
  'DUPLICATE_THERAPY',
  'REFILL_TOO_SOON',
  'NO_REFILLS_LEFT',
  'CLINICAL_QUESTION',
  'LASA_RISK',
  'CII_PHONED_IN',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** The steps of an encounter, in the order a prescription moves through them. */
export const STEPS = ['intake', 'entry', 'selection', 'count', 'label', 'verify', 'pickup', 'report'] as const;
export type Step = (typeof STEPS)[number];

/**
 * Findings that mean "stop this prescription and route it to the pharmacist".
 * The others (CLINICAL_QUESTION, LASA_RISK) are handled without stopping the fill.
 */
export const STOP_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(
  FINDING_CODES.filter((code) => code !== 'CLINICAL_QUESTION' && code !== 'LASA_RISK'),
);

/** Where a finding belongs: the prescription or dialogue line it concerns, and the step that catches it. */
interface FindingPlace {
  /** The prescription it concerns; absent for encounter-wide findings (a pick-up presenter mismatch, a question). */
  rx?: string;
  /** The dialogue line it concerns (CLINICAL_QUESTION). */
  question?: string;
  /** The latest step at which a careful technician catches it. */
  step: Step;
}

/**
 * What the rules found wrong with an encounter: a code and its plain parameters (the DEA
 * number, the dates, the products), never a sentence. The wording catalogue renders it.
 */
export type Finding = FindingPlace & Coded<FindingParams>;
