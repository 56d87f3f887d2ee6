import type { LocalText } from '../scenario/primitives';
import type { RejectCode, Resolution } from '../claims/rejectCodes';
import type { ClaimReject } from '../claims/response';
import type { Finding, FindingCode } from '../findings/codes';
import type { ProductLabel } from '../findings/params';
import type { SupplyProblem } from '../rules/daysSupply';
import type { DoNotUseUse } from '../rules/doNotUse';
import type { SigDirections, SigProblem } from '../rules/sig';
import type { Step } from '../findings/codes';
import type { LabelLanguage } from '../scenario/labelLanguage';
import type { ErrorKind, HarmCategory } from '../scenario/errorDiscoveredSchema';
import type { CallKind } from '../scenario/encounterSchema';
import type { CallDecision } from './actions';
import type { StoragePlace } from '../scenario/catalogSchema';
import type { ShortageResolution } from '../scenario/encounterSchema';
import type { RxStatus } from './state';
import type { ToteVerdict } from '../scenario/deliverySchema';

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
  | 'language'
  | 'decision'
  | 'amount'
  | 'bag'
  | 'lot'
  | 'beyondUseDate'
  | 'waterMl'
  | 'portions'
  | 'billing'
  | 'resolution';

/** A repeated step that is already done. */
export type DoneStep =
  | 'dropoffIdentity'
  | 'pickupIdentity'
  | 'counseling'
  | 'scan'
  | 'flag'
  | 'toldPharmacist'
  | 'wrongProduct'
  | 'contactedPatient'
  | 'lookup'
  | 'payment'
  | 'signature'
  | 'photoId'
  | 'bag';

/** What an error report hid: that the error reached the patient, or which product was dispensed. */
export type ReportHidden = 'reachedPatient' | 'dispensed';

/** What an honest error report left out or got wrong. */
export type ReportGap = 'kind' | 'foundBy' | 'reachedPatient' | 'factors' | 'prevention';

/** The facts of an error as the pharmacist confirms them, for the report's feedback. */
export interface ErrorTruth {
  kind: ErrorKind;
  dispensed: ProductRef;
  reachedPatient: boolean;
  /** The NCC MERP category the pharmacist assigns. */
  harmCategory: HarmCategory;
}

/** How a finding was caught on time: flagged, held at the window, avoided at the shelf, or referred. */
export type CatchParams =
  | { via: 'flag'; rx: RxRef; finding: Finding }
  | { via: 'window'; finding: Finding }
  | { via: 'pick'; product: ProductRef; finding: Finding }
  | { via: 'refer'; line: LocalText };

/** How a finding got past the student: stopped by the pharmacist, never flagged, picked wrong, or never referred. */
export type MissParams =
  | { via: 'verification'; findings: Finding[] }
  | { via: 'unflagged'; finding?: Finding }
  | { via: 'pick'; picked: ProductRef; wanted: ProductRef }
  | { via: 'unreferred'; line: LocalText };

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
  'question.answered': { line: LocalText; answer?: LocalText };
  'question.referredNonClinical': { line: LocalText; answer?: LocalText };
  'question.answeredClinical': { line: LocalText };
  'question.missed': { line: LocalText };
  'question.unknown': { question: string; ids: string[] };
  'question.notAskedYet': None;
  'question.alreadyHandled': { status: 'answered' | 'referred'; line: LocalText };
  'flag.late': { catchable: Step; finding: Finding };
  'flag.wrongReason': { rx: RxRef; flagged: FindingCode; finding: Finding };
  'flag.falseAlarm': { about: RxRef | null; flagged: FindingCode };
  'flag.notAStop': None;
  'encounter.ended': None;
  /** asked: the language the patient asked for; sig: the prescription's directions read, for the wording to write in that language (null when unreadable). */
  'label.language.ok': { asked: LabelLanguage; sig: SigDirections | null };
  'label.language.wrong': { asked: LabelLanguage; printed: LabelLanguage; sig: SigDirections | null };
  'label.language.unasked': { printed: LabelLanguage };
  'error.nothingToOwn': None;
  'error.told': { madeBy: 'you' | 'colleague' };
  'error.tell.missed': None;
  'error.quarantined': { product: ProductRef };
  'error.reshelved': { product: ProductRef };
  'error.discarded': { product: ProductRef };
  'error.keep.missed': None;
  'error.contacted': { taken: boolean };
  /** reason: the product went home with the patient (nothing to quarantine), the patient is here, or it never left. */
  'error.contact.notNeeded': { reason: 'productWithPatient' | 'patientHere' | 'neverLeft'; product: ProductRef };
  'error.contact.missed': None;
  'report.honest': ErrorTruth;
  'report.incomplete': ErrorTruth & { missing: ReportGap[] };
  'report.hides': ErrorTruth & { hidden: ReportHidden[] };
  'report.blame': None;
  'report.alreadyFiled': None;
  'report.missed': None;
  'call.none': None;
  /** What the profile shows: refills authorised and used, the last fill, and the earliest refill date when it is too soon. */
  'call.lookedUp': { rx: RxRef; refills: number; used: number; lastFill?: string; earliest?: string };
  'call.handled': CallFacts;
  /** expected is null when the call had to be stopped with a flag (a phoned-in C-II). */
  'call.wrongDecision': CallFacts & { expected: CallDecision | null };
  'call.outOfScope': { kind: CallKind; rx: RxRef; phonedInCII: boolean };
  'call.lookup.missed': { rx: RxRef };
  'call.missed': { kind: CallKind; rx: RxRef; expected: CallDecision };
  'register.none': None;
  'register.paid': { amount: number };
  'register.totalCaught': { shown: number; amount: number };
  'register.wrongAmount': { entered: number; amount: number; shown: number };
  'register.signed': None;
  'register.idChecked': None;
  'register.idNotNeeded': None;
  'register.bagSetAside': OtherBag;
  'register.noOtherBag': None;
  'register.otherBagHandedOut': OtherBag;
  'register.payment.missed': None;
  'register.total.missed': None;
  'register.signature.missed': None;
  'register.photoId.missed': None;
  'register.otherBag.missed': OtherBag;
  /** soon: in date today, but inside the short-dated window (shortDatedDays). */
  'selection.expired': { product: ProductRef; lot: string; expires: string; today: string; soon: boolean; shortDatedDays: number };
  /** The bottle taken is in date although the shelf also holds an expired or short-dated one. */
  'selection.inDate': { product: ProductRef; lot: string; expires: string };
  'selection.unknownLot': { product: ProductRef; lot: string; lots: string[] };
  'order.reconstituteFirst': { rx: RxRef };
  'reconstitute.correct': { product: ProductRef; waterMl: number; portions: number };
  /** waterMl is null when the amount was not a number. */
  'reconstitute.wrongVolume': { product: ProductRef; waterMl: number | null; wanted: number };
  'reconstitute.onePortion': { product: ProductRef; portions: number; wanted: number };
  'reconstitute.notNeeded': { product: ProductRef };
  'reconstitute.missed': { rx: RxRef };
  'label.beyondUse.ok': { date: string; storage: StoragePlace };
  'label.beyondUse.wrong': { written: string; date: string; days: number };
  'label.beyondUse.missing': { date: string; days: number };
  /** onHand and owed in the product's dispense unit; owed is what the patient is still due after a partial fill. */
  'shortage.reported': { product: ProductRef; resolution: ShortageResolution; onHand: number; owed: number; unit: string };
  'shortage.wrongPlan': {
    product: ProductRef;
    chosen: ShortageResolution;
    resolution: ShortageResolution;
    onHand: number;
    owed: number;
    unit: string;
  };
  'shortage.notShort': { product: ProductRef };
  'shortage.missed': { rx: RxRef };
  'receive.none': None;
  'receive.unknownLine': { line: string; lines: string[] };
  'receive.checkFirst': OnLine;
  'receive.alreadyDone': OnLine;
  'receive.checked': OnLine & { verdict: ToteVerdict };
  /** said: what the technician found; verdict: what is true of the line. */
  'receive.misjudged': OnLine & { verdict: ToteVerdict; said: ToteVerdict };
  'receive.putAway': OnLine & { storage: StoragePlace };
  'receive.putAwayHeld': OnLine & { verdict: ToteVerdict };
  'receive.putAwayControlled': OnLine & { schedule: string };
  'receive.fridgeFirst': None;
  /** line: the refrigerated line still waiting when a shelf item went away first. */
  'receive.fridgeLate': OnLine;
  'receive.reported': OnLine & { verdict: ToteVerdict };
  'receive.reportNothing': OnLine;
  'receive.controlledToPharmacist': OnLine & { schedule: string };
  'receive.handedOver': OnLine & { schedule: string };
  'receive.notControlled': OnLine;
  'receive.pulled': ShelfLot;
  'receive.unknownLot': { lot: string; lots: string[] };
  'receive.alreadyPulled': ShelfLot;
  'receive.check.missed': OnLine;
  'receive.putAway.missed': OnLine;
  'receive.fridgeFirst.missed': None;
  'receive.report.missed': OnLine;
  'receive.controlled.missed': OnLine & { schedule: string };
  'receive.pull.missed': ShelfLot;
}

/** A tote line as feedback names it: the invoice line id, the product, and what came against what was invoiced. */
export interface ToteRef {
  id: string;
  product: ProductRef;
  ndc: string;
  invoicedNdc: string;
  quantity: number;
  invoiced: number;
  lot: string;
  expires: string;
}
type OnLine = { line: ToteRef };
/** An expired bottle on the shelf. */
export interface ShelfLot {
  product: ProductRef;
  lot: string;
  expires: string;
}

/** A call and what was done with it: the earliest refill date and the days the patient was told to wait, where they apply. */
export interface CallFacts {
  kind: CallKind;
  decision: CallDecision;
  rx: RxRef;
  earliest?: string;
  expectDays?: number;
}

/** Another patient's bag in will-call: whose it is and what it holds. */
export interface OtherBag {
  name: string;
  drug: string;
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
