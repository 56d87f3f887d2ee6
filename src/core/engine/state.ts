import type { ClaimResponse } from '../claims/response';
import type { Payer } from '../claims/rejectCodes';
import type { Coded } from '../coded';
import type { Finding, Step } from '../findings/codes';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { RxEntry } from './actions';
import type { HintParams } from './hintParams';
import type { Result } from './results';

/** Where one prescription stands. `held` = stopped and with the pharmacist; `verified` = checked and bagged. */
export type RxStatus = 'intake' | 'entry' | 'selection' | 'count' | 'label' | 'verify' | 'verified' | 'held';

export interface RxProgress {
  id: string;
  status: RxStatus;
  entry: RxEntry | null;
  /** The bottle in hand, if any. */
  selectedProductId: string | null;
  scanned: boolean;
  counted: number | null;
  auxiliaryLabels: string[] | null;
  /** Codes the student flagged on this prescription. */
  flagged: string[];
  /** The insurance claim, once sent; null before (or after a new data entry, which needs a new claim). */
  claim: ClaimProgress | null;
}

/** Where a prescription's insurance claim stands. */
export interface ClaimProgress {
  /** The plan last billed. */
  payer: Payer;
  /** The plan's last answer. */
  response: ClaimResponse;
  /** The quantity and days' supply last billed (adjusting to a plan limit changes them). */
  quantity: number;
  daysSupply: number;
  /** How the fill may go on: paid by the plan, paid in cash, or forced through by an override; null while unsettled. */
  settled: 'paid' | 'cash' | 'override' | null;
}

export type QuestionStatus = 'pending' | 'answered' | 'referred';

/** The whole state of one encounter: derived, never stored; replaying the log rebuilds it. */
export interface EncounterState {
  scenario: ResolvedEncounter;
  /** What the rules find in this scenario (computed once at start). */
  findings: readonly Finding[];
  identity: { dropoff: boolean; pickup: boolean };
  rx: Record<string, RxProgress>;
  /** Status of every question line (drop-off and pick-up) by line id. */
  questions: Record<string, QuestionStatus>;
  counselingOffered: boolean;
  handedOut: boolean;
  complete: boolean;
  /** Every result so far, in order. */
  results: readonly Result[];
  /** How many actions have been applied. */
  actionCount: number;
  /** Scenario seconds at the last action. */
  clock: number;
}

/** What the engine suggests next, for hints and for the HUD ("Next: count the tablets"): a hint code and its params. */
export type NextStep = { step: Step; rx?: string } & Coded<HintParams>;
