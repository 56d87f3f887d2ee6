import type { RejectCode, Resolution } from '../claims/rejectCodes';
import type { ClaimReject } from '../claims/response';
import type { Finding, FindingCode } from '../findings/codes';
import type { ProductLabel } from '../findings/params';
import type { SupplyProblem } from '../rules/daysSupply';
import type { DoNotUseUse } from '../rules/doNotUse';
import type { SigDirections, SigProblem } from '../rules/sig';
import type { Step } from '../findings/codes';
import type { RxStatus } from './state';

/**
 * What each result code carries instead of a sentence: ids, numbers, product labels, the
 * author's dialogue lines and the rules' findings. The wording catalogue renders them.
 */

type None = Record<string, never>;

/** A prescription as feedback names it: by what the prescriber wrote, when the scenario has it. */
export interface RxRef {
  id: string;
  /** The drug as written on the prescription; absent for an id the scenario does not have. */
  drug?: string;
}

/** A product as feedback names it: its label, or only its id when the scenario has no such product. */
export interface ProductRef {
  id: string;
  label?: ProductLabel;
}

/** The next thing to do on a prescription still on the bench, for out-of-order nudges. */
export interface NextUp {
  rx: RxRef;
  status: Exclude<RxStatus, 'verified' | 'held'>;
}

/** What the prescription's directions mean: as the rules read them, or as written when they cannot. */
export type SigMeaning = { sig: SigDirections } | { written: string };

/** Why an action could not be used at all. */
export type ActionProblem =
  | { problem: 'unreadable' | 'failed' | 'noCode' | 'notAnAction' }
  | { problem: 'badField'; field: UnusableField }
  | { problem: 'unknownType'; type: string }
  | { problem: 'unknownCode'; code: string };

/** The action fields whose problems have their own words. */
export type UnusableField =
  | 'rx'
  | 'stage'
  | 'productId'
  | 'entry'
  | 'quantity'
  | 'auxiliaryLabels'
  | 'question'
  | 'response'
  | 'note'
  | 'at'
  | 'billing'
  | 'resolution';

/** A repeated step that is already done. */
export type DoneStep = 'dropoffIdentity' | 'pickupIdentity' | 'counseling' | 'scan' | 'flag';

/** How a finding was caught on time: flagged, held at the window, avoided at the shelf, or referred. */
export type CatchParams =
  | { via: 'flag'; rx: RxRef; finding: Finding }
  | { via: 'window'; finding: Finding }
  | { via: 'pick'; product: ProductRef; finding: Finding }
  | { via: 'refer'; line: string };

/** How a finding got past the student: stopped by the pharmacist, never flagged, picked wrong, or never referred. */
export type MissParams =
  | { via: 'verification'; findings: Finding[] }
  | { via: 'unflagged'; finding?: Finding }
  | { via: 'pick'; picked: ProductRef; wanted: ProductRef }
  | { via: 'unreferred'; line: string };

/** Refills on a refill request: authorised and already used. */
interface RefillUse {
  authorised: number;
  used: number;
}

/** The parameters of every result code except the per-finding catch.X and miss.X. */
interface StepParams {
  'action.unknown': ActionProblem;
  'encounter.over': None;
  'rx.unknown': { rx: string; ids: string[] };
  'rx.held': { rx: RxRef };
  'rx.verified': { rx: RxRef };
  'order.identityFirst': None;
  'order.acceptFirst': { next: NextUp };
  'order.alreadyAccepted': { rx: RxRef; next: NextUp };
  'order.enterFirst': { next: NextUp };
  'order.handsFull': { holding: ProductRef };
  'order.nothingInHand': { doing: 'return' | 'scan' };
  'order.scanFirst': { next: NextUp };
  'order.countFirst': { next: NextUp };
  'order.labelFirst': { next: NextUp };
  'order.alreadyCounted': None;
  'order.notAtPickup': { waiting: RxRef[] };
  'order.rxNotFinished': { waiting: RxRef[] };
  'order.nothingToHandOut': None;
  'order.alreadyDone': { done: DoneStep };
  'identity.dropoff': { patient: { first: string; last: string }; dateOfBirth: string };
  'identity.dropoff.missed': None;
  'intake.accepted': { rx: RxRef };
  'intake.missed': { rx: RxRef };
  'entry.product.ok': { product: ProductRef };
  'entry.product.wrong': { entered: ProductRef; lookAlike: boolean; wanted: ProductRef };
  'entry.sig.ok': { means: SigMeaning };
  'entry.sig.wrong': { unreadable: SigProblem } | { theirs: SigDirections; means: SigMeaning };
  /** The directions mean the right thing, but the student typed a do-not-use abbreviation into them. */
  'entry.sig.doNotUse': { uses: DoNotUseUse[] };
  /** The prescription used do-not-use abbreviations; the student's entry wrote them out (a teaching note, no score). */
  'entry.doNotUse.noted': { rx: RxRef; uses: DoNotUseUse[] };
  'entry.quantity.ok': { quantity: number };
  /** entered is null when the field held no number. */
  'entry.quantity.wrong': { entered: number | null; quantity: number; unit: string };
  'entry.daysSupply.ok': { entered: number | null };
  'entry.daysSupply.wrong': { entered: number | null; expected: number } | { entered: number | null; cannot: SupplyProblem };
  'entry.refills.ok': { refills: number; refill?: RefillUse };
  'entry.refills.wrong': { entered: number | null; refills: number; refill?: RefillUse };
  'entry.daw.ok': { daw: number };
  'entry.daw.wrong': { entered: number | null; daw: number };
  'entry.missed': { rx: RxRef };
  'selection.correct': { product: ProductRef };
  'selection.lookalike': { picked: ProductRef; wanted: ProductRef };
  'selection.wrong': { picked: ProductRef; wanted: ProductRef };
  'selection.corrected': { product: ProductRef };
  'selection.returned': { product: ProductRef };
  'selection.unknownProduct': { productId: string };
  'selection.missed': { rx: RxRef };
  'scan.match': { ndc: string };
  'scan.mismatch': { bottle: ProductRef; bottleNdc?: string; entered?: { product: ProductRef; ndc: string } };
  'scan.missed': { rx: RxRef };
  'count.correct': { quantity: number; unit: string };
  'count.wrong': { counted: number | null; quantity: number; unit: string };
  'count.missed': { rx: RxRef };
  /** labels: the product's auxiliary labels, all applied (none when it needs none). */
  'label.auxiliary.ok': { labels: string[] };
  'label.auxiliary.missing': { missing: string[] };
  'label.auxiliary.extra': { extra: string[] };
  'label.auxiliary.wrong': { missing: string[]; extra: string[] };
  'label.missed': { rx: RxRef };
  'verify.passed': { product: ProductRef };
  /** holding is null when the basket has no stock bottle. */
  'verify.wrongProduct': { holding: ProductRef | null; wanted: ProductRef };
  'verify.missed': { rx: RxRef };
  'identity.pickup': { patient: { first: string; last: string } };
  'identity.pickupMismatch': { finding: Finding };
  'identity.pickup.missed': None;
  'counseling.offered': None;
  'counseling.missed': None;
  'pickup.handedOut': { bagged: RxRef[] };
  'pickup.wrongPerson': { finding: Finding };
  'question.answered': { line: string; answer?: string };
  'question.referredNonClinical': { line: string; answer?: string };
  'question.answeredClinical': { line: string };
  'question.missed': { line: string };
  'question.unknown': { question: string; ids: string[] };
  'question.notAskedYet': None;
  'question.alreadyHandled': { status: 'answered' | 'referred'; line: string };
  'flag.late': { catchable: Step; finding: Finding };
  'flag.wrongReason': { rx: RxRef; flagged: FindingCode; finding: Finding };
  'flag.falseAlarm': { about: RxRef | null; flagged: FindingCode };
  'flag.notAStop': None;
  'encounter.ended': None;
}

/** A rejected claim as feedback names it: the prescription, the plan and the reject with its details. */
export interface ClaimRejectParams {
  rx: RxRef;
  plan: string;
  reject: ClaimReject;
}

/** The parameters of the claim results. */
interface ClaimParams {
  'claim.paid': { rx: RxRef; plan: string; copay: number; tier: number; quantity: number };
  'claim.resolved': { rx: RxRef; resolution: Resolution; reject: ClaimReject };
  'claim.resolution.wrong': { rx: RxRef; chose: Resolution; expected: Resolution; reject: ClaimReject };
  'claim.override': { rx: RxRef; override: 'overrideDur' | 'overrideRefillTooSoon'; reject: ClaimReject };
  'claim.missed': { rx: RxRef };
  'claim.unresolved': { rx: RxRef };
  'claim.notBilled': { rx: RxRef };
  'claim.first': { rx: RxRef };
  'claim.settled': { rx: RxRef };
  'claim.nothingToResolve': { rx: RxRef };
  'claim.noSecondary': { rx: RxRef };
}

/** The parameters of every result code. */
export type ResultParams = StepParams &
  ClaimParams & { [C in `catch.${FindingCode}`]: CatchParams } & { [C in `miss.${FindingCode}`]: MissParams } & {
    [C in `claim.rejected.${RejectCode}`]: ClaimRejectParams;
  };
