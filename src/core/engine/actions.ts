import type { FindingCode } from '../findings/codes';

/**
 * Everything a student can do, as plain serialisable data. `at` is scenario seconds since the
 * encounter began, supplied by the caller: the core never reads a clock.
 */
export type Action =
  /** Two identifiers checked and matching the profile (stage: who is at the window). */
  | { type: 'confirmIdentity'; stage: 'dropoff' | 'pickup'; at: number }
  /** Intake review done: the prescription is complete and valid, go on to data entry. */
  | { type: 'acceptPrescription'; rx: string; at: number }
  /** Stop and route a problem to the pharmacist, with the reason chosen. rx absent = the encounter as a whole. */
  | { type: 'flagProblem'; rx?: string; code: FindingCode; note?: string; at: number }
  /** Data entry submitted. */
  | { type: 'enterPrescription'; rx: string; entry: RxEntry; at: number }
  /** A bottle taken from the shelf. */
  | { type: 'selectProduct'; rx: string; productId: string; at: number }
  /** The bottle put back on the shelf. */
  | { type: 'returnProduct'; rx: string; at: number }
  /** The bottle in hand scanned at the bench. */
  | { type: 'scanProduct'; rx: string; at: number }
  /** Counted or measured amount placed in the vial. */
  | { type: 'countProduct'; rx: string; quantity: number; at: number }
  /** Label printed and applied, with the auxiliary labels chosen. */
  | { type: 'printLabel'; rx: string; auxiliaryLabels: string[]; at: number }
  /** Basket handed to the pharmacist. */
  | { type: 'submitForVerification'; rx: string; at: number }
  /** Counseling by the pharmacist offered at pick-up. */
  | { type: 'offerCounseling'; at: number }
  /** A patient question: answered by the technician, or referred to the pharmacist. */
  | { type: 'respondToQuestion'; question: string; response: 'answer' | 'refer'; at: number }
  /** The bag handed to the person at the pick-up window; ends the encounter. */
  | { type: 'handOut'; at: number }
  /** The student ends the encounter (e.g. after every prescription was stopped). */
  | { type: 'endEncounter'; at: number };

export type ActionType = Action['type'];

/** What the technician typed on the data-entry screen. */
export interface RxEntry {
  productId: string;
  sig: string;
  quantity: number;
  daysSupply: number;
  refills: number;
  daw: number;
}
