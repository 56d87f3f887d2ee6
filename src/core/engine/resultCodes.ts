import { REJECT_CODES } from '../claims/rejectCodes';
import { FINDING_CODES, type FindingCode } from '../findings/codes';

/**
 * Every result code the engine can emit. The engine only builds results through helpers typed
 * with ResultCode, so this list is complete by construction; the wording catalogue is typed
 * over it, so a code without wording does not compile.
 */
export const RESULT_CODES = [
  // Out-of-order or unusable actions: no points, just a nudge towards the right step.
  'action.unknown',
  'encounter.over',
  'rx.unknown',
  'rx.held',
  'rx.verified',
  'order.identityFirst',
  'order.acceptFirst',
  'order.alreadyAccepted',
  'order.enterFirst',
  'order.handsFull',
  'order.nothingInHand',
  'order.scanFirst',
  'order.countFirst',
  'order.labelFirst',
  'order.alreadyCounted',
  'order.notAtPickup',
  'order.rxNotFinished',
  'order.nothingToHandOut',
  'order.alreadyDone',
  // Intake
  'identity.dropoff',
  'identity.dropoff.missed',
  'intake.accepted',
  'intake.missed',
  // Data entry, one result per field
  'entry.product.ok',
  'entry.product.wrong',
  'entry.sig.ok',
  'entry.sig.wrong',
  'entry.sig.doNotUse',
  'entry.doNotUse.noted',
  'entry.quantity.ok',
  'entry.quantity.wrong',
  'entry.daysSupply.ok',
  'entry.daysSupply.wrong',
  'entry.refills.ok',
  'entry.refills.wrong',
  'entry.daw.ok',
  'entry.daw.wrong',
  'entry.missed',
  // Product selection and scanning
  'selection.correct',
  'selection.lookalike',
  'selection.wrong',
  'selection.corrected',
  'selection.returned',
  'selection.unknownProduct',
  'selection.missed',
  'scan.match',
  'scan.mismatch',
  'scan.missed',
  // Count, label, verification
  'count.correct',
  'count.wrong',
  'count.missed',
  'label.auxiliary.ok',
  'label.auxiliary.missing',
  'label.auxiliary.extra',
  'label.auxiliary.wrong',
  'label.missed',
  'verify.passed',
  'verify.wrongProduct',
  'verify.missed',
  // Pick-up
  'identity.pickup',
  'identity.pickupMismatch',
  'identity.pickup.missed',
  'counseling.offered',
  'counseling.missed',
  'pickup.handedOut',
  'pickup.wrongPerson',
  // Questions
  'question.answered',
  'question.referredNonClinical',
  'question.answeredClinical',
  'question.missed',
  'question.unknown',
  'question.notAskedYet',
  'question.alreadyHandled',
  // Flags
  'flag.late',
  'flag.wrongReason',
  'flag.falseAlarm',
  'flag.notAStop',
  // Ending
  'encounter.ended',
  // Catching a finding on time, and missing it (at verification or by the end)
  ...FINDING_CODES.map((c) => `catch.${c}` as const),
  ...FINDING_CODES.map((c) => `miss.${c}` as const),
  // The label's language, when the patient asked for one (or a label in a language nobody asked for)
  'label.language.ok',
  'label.language.wrong',
  'label.language.unasked',
  // Owning a mistake: the protocol and the error report
  'error.nothingToOwn',
  'error.told',
  'error.tell.missed',
  'error.quarantined',
  'error.reshelved',
  'error.discarded',
  'error.keep.missed',
  'error.contacted',
  'error.contact.notNeeded',
  'error.contact.missed',
  'report.honest',
  'report.incomplete',
  'report.hides',
  'report.blame',
  'report.alreadyFiled',
  'report.missed',
  // The phone
  'call.none',
  'call.lookedUp',
  'call.handled',
  'call.wrongDecision',
  'call.outOfScope',
  'call.lookup.missed',
  'call.missed',
  // The register
  'register.none',
  'register.paid',
  'register.totalCaught',
  'register.wrongAmount',
  'register.signed',
  'register.idChecked',
  'register.idNotNeeded',
  'register.bagSetAside',
  'register.noOtherBag',
  'register.otherBagHandedOut',
  'register.payment.missed',
  'register.total.missed',
  'register.signature.missed',
  'register.photoId.missed',
  'register.otherBag.missed',
  // Stock: the lot taken from the shelf
  'selection.expired',
  'selection.inDate',
  'selection.unknownLot',
  // Reconstituting a powder for suspension, and its beyond-use date
  'order.reconstituteFirst',
  'reconstitute.correct',
  'reconstitute.wrongVolume',
  'reconstitute.onePortion',
  'reconstitute.notNeeded',
  'reconstitute.missed',
  'label.beyondUse.ok',
  'label.beyondUse.wrong',
  'label.beyondUse.missing',
  // Stock: a shelf too short for the quantity
  'shortage.reported',
  'shortage.wrongPlan',
  'shortage.notShort',
  'shortage.missed',
  // Insurance claims: the plan's answer (paid, or one code per NCPDP reject), and how the student answered a reject
  'claim.paid',
  ...REJECT_CODES.map((c) => `claim.rejected.${c}` as const),
  'claim.resolved',
  'claim.resolution.wrong',
  'claim.override',
  'claim.missed',
  'claim.unresolved',
  'claim.notBilled',
  'claim.first',
  'claim.settled',
  'claim.nothingToResolve',
  'claim.noSecondary',
] as const;

/** A code from RESULT_CODES. */
export type ResultCode = (typeof RESULT_CODES)[number];

/** The code for catching a finding on time. */
export const catchCode = (code: FindingCode): `catch.${FindingCode}` => `catch.${code}`;

/** The code for a finding that got past the student. */
export const missCode = (code: FindingCode): `miss.${FindingCode}` => `miss.${code}`;
