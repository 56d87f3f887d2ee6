import type { ClaimResponse } from '../claims/response';
import type { Payer } from '../claims/rejectCodes';
import type { Coded } from '../coded';
import type { Finding, Step } from '../findings/codes';
import type { LabelLanguage } from '../scenario/labelLanguage';
import type { ToteVerdict } from '../scenario/deliverySchema';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { CallDecision, RxEntry } from './actions';
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
  /** The language chosen for this prescription's label; absent means English (nobody chose). */
  labelLanguage?: LabelLanguage;
  /** The lot of the bottle in hand, when the shelf shows lots. */
  lot: string | null;
  /** True once a powder for suspension has been made up with water. */
  reconstituted: boolean;
  /** True once the technician has told the pharmacist the shelf is short for this prescription. */
  shortageReported: boolean;
  /** The beyond-use date on the printed label, if one was written. */
  beyondUseDate: string | null;
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

/** The steps of owning an error: the pharmacist told, the wrong product dealt with, the patient called, the report filed. */
export interface ErrorProtocol {
  told: boolean;
  wrongProduct: 'quarantine' | 'reshelve' | 'discard' | null;
  contacted: boolean;
  reported: boolean;
}

/** Where a delivery stands: what each tote line was judged, and which lines were put away, reported or handed over, by invoice line id. */
export interface DeliveryProgress {
  checked: Record<string, ToteVerdict>;
  putAway: string[];
  reported: string[];
  toPharmacist: string[];
  /** Lots of expired shelf stock pulled into quarantine. */
  pulled: string[];
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
  /** Where the error protocol stands (see engine/errorProtocol.ts). */
  errorProtocol: ErrorProtocol;
  handedOut: boolean;
  /** A phone call: whether the prescription was looked up, and what was done with the call. */
  call: { lookedUp: boolean; decision: CallDecision | null };
  /** The register at pick-up: the amount collected, the signature, the photo ID, the other patient's bag. */
  register: { paid: number | null; signed: boolean; idChecked: boolean; bagSetAside: boolean };
  /** A delivery's progress (empty for every other encounter). */
  delivery: DeliveryProgress;
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
