import type { RejectCode } from '../claims/rejectCodes';

/**
 * The result codes grouped by the family that words them: each language's `details/<family>.ts` and
 * `feedback/<family>.ts` cover the same group, so the group is written once, here.
 */

/** The entry family. */
export type EntryCode =
  | `entry.${'product' | 'sig' | 'quantity' | 'daysSupply' | 'refills' | 'daw'}.${'ok' | 'wrong'}`
  | 'entry.missed'
  | 'entry.sig.doNotUse'
  | 'entry.doNotUse.noted';

/** The fill family. */
export type FillCode =
  | 'count.correct'
  | 'count.wrong'
  | 'count.missed'
  | 'label.auxiliary.ok'
  | 'label.auxiliary.missing'
  | 'label.auxiliary.extra'
  | 'label.auxiliary.wrong'
  | 'label.missed'
  | 'verify.passed'
  | 'verify.wrongProduct'
  | 'verify.missed';

/** The flags family. */
export type FlagCode = 'flag.late' | 'flag.wrongReason' | 'flag.falseAlarm' | 'flag.notAStop';

/** The intake family. */
export type IntakeCode = 'identity.dropoff' | 'identity.dropoff.missed' | 'intake.accepted' | 'intake.missed';

/** The order family. */
export type OrderCode =
  | 'action.unknown'
  | 'encounter.over'
  | 'rx.unknown'
  | 'rx.held'
  | 'rx.verified'
  | 'order.identityFirst'
  | 'order.acceptFirst'
  | 'order.alreadyAccepted'
  | 'order.enterFirst'
  | 'order.handsFull'
  | 'order.nothingInHand'
  | 'order.scanFirst'
  | 'order.countFirst'
  | 'order.labelFirst'
  | 'order.alreadyCounted'
  | 'order.notAtPickup'
  | 'order.rxNotFinished'
  | 'order.nothingToHandOut'
  | 'order.alreadyDone'
  | 'encounter.ended';

/** The pickup family. */
export type PickupCode =
  | 'identity.pickup'
  | 'identity.pickupMismatch'
  | 'identity.pickup.missed'
  | 'counseling.offered'
  | 'counseling.missed'
  | 'pickup.handedOut'
  | 'pickup.wrongPerson'
  | 'question.answered'
  | 'question.referredNonClinical'
  | 'question.answeredClinical'
  | 'question.missed'
  | 'question.unknown'
  | 'question.notAskedYet'
  | 'question.alreadyHandled';

/** The report family: owning a mistake (the protocol and the error report). */
export type ReportCode =
  | 'error.nothingToOwn'
  | 'error.told'
  | 'error.tell.missed'
  | 'error.quarantined'
  | 'error.reshelved'
  | 'error.discarded'
  | 'error.keep.missed'
  | 'error.contacted'
  | 'error.contact.notNeeded'
  | 'error.contact.missed'
  | 'report.honest'
  | 'report.incomplete'
  | 'report.hides'
  | 'report.blame'
  | 'report.alreadyFiled'
  | 'report.missed';

/** The selection family. */
export type SelectionCode =
  | 'selection.correct'
  | 'selection.lookalike'
  | 'selection.wrong'
  | 'selection.corrected'
  | 'selection.returned'
  | 'selection.unknownProduct'
  | 'selection.missed'
  | 'scan.match'
  | 'scan.mismatch'
  | 'scan.missed';

/** The label-language family: the patient's label in the language they asked for. */
export type LabelLanguageCode = 'label.language.ok' | 'label.language.wrong' | 'label.language.unasked';
/** The phone family. */
export type PhoneCode =
  'call.none' | 'call.lookedUp' | 'call.handled' | 'call.wrongDecision' | 'call.outOfScope' | 'call.lookup.missed' | 'call.missed';

/** The register family. */
export type RegisterCode =
  | 'register.none'
  | 'register.paid'
  | 'register.totalCaught'
  | 'register.wrongAmount'
  | 'register.signed'
  | 'register.idChecked'
  | 'register.idNotNeeded'
  | 'register.bagSetAside'
  | 'register.noOtherBag'
  | 'register.otherBagHandedOut'
  | 'register.payment.missed'
  | 'register.total.missed'
  | 'register.signature.missed'
  | 'register.photoId.missed'
  | 'register.otherBag.missed';
/** The drills family: one code per kind of board-exam question (src/core/drills/params.ts). */
export type { DrillCode } from '../drills/params';
/** The stock family: the lot taken from the shelf, its expiry date, and a shelf too short for the quantity. */
export type StockCode =
  | 'selection.expired'
  | 'selection.inDate'
  | 'selection.unknownLot'
  | 'shortage.reported'
  | 'shortage.wrongPlan'
  | 'shortage.notShort'
  | 'shortage.missed';

/** The receiving family: a wholesaler delivery checked, put away, reported and handed over. */
export type ReceiveCode =
  | 'receive.none'
  | 'receive.unknownLine'
  | 'receive.checkFirst'
  | 'receive.alreadyDone'
  | 'receive.checked'
  | 'receive.misjudged'
  | 'receive.putAway'
  | 'receive.putAwayHeld'
  | 'receive.putAwayControlled'
  | 'receive.fridgeFirst'
  | 'receive.fridgeLate'
  | 'receive.reported'
  | 'receive.reportNothing'
  | 'receive.controlledToPharmacist'
  | 'receive.handedOver'
  | 'receive.notControlled'
  | 'receive.pulled'
  | 'receive.unknownLot'
  | 'receive.alreadyPulled'
  | 'receive.check.missed'
  | 'receive.putAway.missed'
  | 'receive.fridgeFirst.missed'
  | 'receive.report.missed'
  | 'receive.controlled.missed'
  | 'receive.pull.missed';

/** The preparing family: reconstituting a powder for suspension and its beyond-use date. */
export type PrepCode =
  | 'order.reconstituteFirst'
  | 'reconstitute.correct'
  | 'reconstitute.wrongVolume'
  | 'reconstitute.onePortion'
  | 'reconstitute.notNeeded'
  | 'reconstitute.missed'
  | 'label.beyondUse.ok'
  | 'label.beyondUse.wrong'
  | 'label.beyondUse.missing';
/** The claims family. */
export type ClaimCode =
  | 'claim.paid'
  | `claim.rejected.${RejectCode}`
  | 'claim.resolved'
  | 'claim.resolution.wrong'
  | 'claim.override'
  | 'claim.missed'
  | 'claim.unresolved'
  | 'claim.notBilled'
  | 'claim.first'
  | 'claim.settled'
  | 'claim.nothingToResolve'
  | 'claim.noSecondary';
