import { z } from 'zod';
import { PAYERS, RESOLUTIONS } from '../claims/rejectCodes';
import { FINDING_CODES } from '../findings/codes';
import { LABEL_LANGUAGES } from '../scenario/labelLanguage';
import { CONTRIBUTING_FACTORS, ERROR_FOUND_BY, ERROR_KINDS } from '../scenario/errorDiscoveredSchema';
import { SHORTAGE_RESOLUTIONS } from '../scenario/encounterSchema';
import { TOTE_VERDICTS } from '../scenario/deliverySchema';

/** Scenario seconds since the encounter began, supplied by the caller: the core never reads a clock. */
const at = z.number().finite().min(0).meta({ description: 'Scenario seconds since the encounter began.' });
const rx = z.string().min(1).meta({ description: 'The prescription worked on.' });
const line = z.string().min(1).meta({ description: 'The invoice line a tote line answers (its invoiceLine id).' });

/** The technician's error report: what happened, how it was found, whether it reached the patient, why, and how to prevent it. */
export const errorReportSchema = z.object({
  kind: z.enum(ERROR_KINDS),
  dispensed: z.string().meta({ description: 'The product id the report says was dispensed ("" when left out).' }),
  foundBy: z.enum(ERROR_FOUND_BY),
  reachedPatient: z.boolean(),
  factors: z.array(z.enum(CONTRIBUTING_FACTORS)),
  prevention: z.string(),
});
/**
 * What the technician does with a phone call: queue the refill, tell the patient it is too soon,
 * send the prescriber a refill-authorization request, hand the call to the pharmacist, or take
 * the verbal order themselves (only where the state allows it).
 */
export const CALL_DECISIONS = ['queueRefill', 'explainTooSoon', 'requestAuthorization', 'toPharmacist', 'takeVerbalOrder'] as const;

/** The id of the extra bag in will-call (the scenario's register.otherBag), as setAsideBag names it. */
export const OTHER_BAG = 'other';

/** What the technician typed on the data-entry screen. */
export const rxEntrySchema = z.object({
  productId: z.string(),
  sig: z.string(),
  quantity: z.number().finite(),
  daysSupply: z.number().finite(),
  refills: z.number().finite(),
  daw: z.number().finite(),
});

/** The billing fields of an insurance claim, as the technician sends them. */
export const claimBillingSchema = z.object({
  payer: z.enum(PAYERS).meta({ description: "plan: the plan on the profile; secondary: the patient's second plan." }),
  memberId: z.string(),
  personCode: z.string(),
  dateOfBirth: z.string(),
  prescriberNpi: z.string(),
});

/**
 * Everything a student can do, as plain serialisable data: the one definition of an Action.
 * The engine checks every action against it, and saved logs are checked against it on load.
 */
export const actionSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('confirmIdentity'), stage: z.enum(['dropoff', 'pickup']), at })
    .meta({ description: 'Two identifiers checked and matching the profile (stage: who is at the window).' }),
  z
    .object({ type: z.literal('acceptPrescription'), rx, at })
    .meta({ description: 'Intake review done: the prescription is complete and valid, go on to data entry.' }),
  z
    .object({ type: z.literal('flagProblem'), rx: rx.optional(), code: z.enum(FINDING_CODES), note: z.string().optional(), at })
    .meta({ description: 'Stop and route a problem to the pharmacist, with the reason chosen; no rx means the encounter as a whole.' }),
  z.object({ type: z.literal('enterPrescription'), rx, entry: rxEntrySchema, at }).meta({ description: 'Data entry submitted.' }),
  z
    .object({
      type: z.literal('selectProduct'),
      rx,
      productId: z.string(),
      // Optional so logs saved before stock had lots still replay; without it the front bottle is taken.
      lot: z.string().optional().meta({ description: 'The lot of the bottle taken, when the shelf shows lots.' }),
      at,
    })
    .meta({ description: 'A bottle taken from the shelf.' }),
  z.object({ type: z.literal('returnProduct'), rx, at }).meta({ description: 'The bottle put back on the shelf.' }),
  z.object({ type: z.literal('scanProduct'), rx, at }).meta({ description: 'The bottle in hand scanned at the bench.' }),
  z
    .object({ type: z.literal('countProduct'), rx, quantity: z.number().finite(), at })
    .meta({ description: 'Counted or measured amount placed in the vial.' }),
  z
    .object({
      type: z.literal('printLabel'),
      rx,
      auxiliaryLabels: z.array(z.string()),
      beyondUseDate: z.string().optional().meta({ description: 'The beyond-use date written on a reconstituted suspension (YYYY-MM-DD).' }),
      at,
    })
    .meta({ description: 'Label printed and applied, with the auxiliary labels chosen.' }),
  z.object({ type: z.literal('submitForVerification'), rx, at }).meta({ description: 'Basket handed to the pharmacist.' }),
  z.object({ type: z.literal('offerCounseling'), at }).meta({ description: 'Counseling by the pharmacist offered at pick-up.' }),
  z
    .object({
      type: z.literal('respondToQuestion'),
      question: z.string(),
      response: z.enum(['answer', 'refer']).meta({ description: 'answer: the technician answers it; refer: handed to the pharmacist.' }),
      // Optional so logs saved before the choice of words existed still replay.
      said: z.string().optional().meta({ description: 'The words the technician chose to say, as shown to them.' }),
      at,
    })
    .meta({ description: 'A patient question: answered by the technician, or referred to the pharmacist.' }),
  z
    .object({ type: z.literal('handOut'), at })
    .meta({ description: 'The bag handed to the person at the pick-up window; ends the encounter.' }),
  z
    .object({ type: z.literal('endEncounter'), at })
    .meta({ description: 'The student ends the encounter (e.g. after every prescription was stopped).' }),
  z
    .object({ type: z.literal('chooseLabelLanguage'), rx, language: z.enum(LABEL_LANGUAGES), at })
    .meta({ description: "The language the label printer writes the patient's directions in, chosen at the label station." }),
  z.object({ type: z.literal('tellPharmacist'), at }).meta({ description: 'An error found: the pharmacist is told at once.' }),
  z.object({ type: z.literal('keepWrongProduct'), choice: z.enum(['quarantine', 'reshelve', 'discard']), at }).meta({
    description: 'What is done with the wrong product: kept in quarantine for the pharmacist, put back on the shelf, or thrown away.',
  }),
  z.object({ type: z.literal('contactPatient'), at }).meta({ description: 'The patient who took the wrong product home is called back.' }),
  z.object({ type: z.literal('fileErrorReport'), report: errorReportSchema, at }).meta({ description: 'The error report filed.' }),
  z
    .object({ type: z.literal('lookUpRx'), rx, at })
    .meta({ description: 'On a phone call: the prescription looked up in the profile (refills left, last fill).' }),
  z
    .object({ type: z.literal('answerCall'), decision: z.enum(CALL_DECISIONS), at })
    .meta({ description: 'On a phone call: what the technician does with it; ends the call.' }),
  z
    .object({ type: z.literal('collectPayment'), amount: z.number().finite(), at })
    .meta({ description: 'At the register: the total the student confirms and collects, in dollars.' }),
  z
    .object({ type: z.literal('signPickupLog'), at })
    .meta({ description: 'At the register: the patient signs for the counseling offer and the pick-up log.' }),
  z
    .object({ type: z.literal('checkPhotoId'), at })
    .meta({ description: "At the register: the collector's photo ID checked and recorded." }),
  z
    .object({
      type: z.literal('setAsideBag'),
      bag: z.string().min(1).meta({ description: 'The bag put back: a prescription id, or "other" for the extra bag in will-call.' }),
      at,
    })
    .meta({ description: "At the register: a bag the student judges is not this patient's put back in will-call." }),
  z
    .object({
      type: z.literal('reconstitute'),
      rx,
      waterMl: z.number().finite().meta({ description: 'Purified water measured and added, in mL.' }),
      portions: z.number().int().min(1).meta({ description: 'How many portions the water went in, shaking after each.' }),
      at,
    })
    .meta({ description: 'A powder for suspension made up with water at the counting station, before it is measured.' }),
  z
    .object({ type: z.literal('reportShortage'), rx, resolution: z.enum(SHORTAGE_RESOLUTIONS), at })
    .meta({ description: 'The shelf holds less than the quantity: the technician tells the pharmacist and proposes what to do.' }),
  z
    .object({ type: z.literal('submitClaim'), rx, billing: claimBillingSchema, at })
    .meta({ description: 'The insurance claim sent (or corrected and sent again) after data entry.' }),
  z.object({ type: z.literal('resolveClaim'), rx, resolution: z.enum(RESOLUTIONS), at }).meta({
    description:
      'A rejected claim answered: bill the other plan, adjust to the limit, prior authorization, cash, the next date, the pharmacist, or an override.',
  }),
  z
    .object({ type: z.literal('checkToteLine'), line, verdict: z.enum(TOTE_VERDICTS), at })
    .meta({ description: 'A delivery: one tote line checked against its invoice line, with what the technician found.' }),
  z
    .object({ type: z.literal('putAway'), line, at })
    .meta({ description: 'A delivery: a checked tote line put away (refrigerator or shelf).' }),
  z
    .object({ type: z.literal('reportDiscrepancy'), line, at })
    .meta({ description: 'A delivery: a short, damaged, substituted or out-of-date line reported to the pharmacist for the wholesaler.' }),
  z
    .object({ type: z.literal('handToPharmacist'), line, at })
    .meta({ description: 'A delivery: a controlled-substance line handed to the pharmacist for check-in (C-II: DEA Form 222 or CSOS).' }),
  z
    .object({ type: z.literal('pullExpired'), lot: z.string().min(1).meta({ description: 'The lot of the expired shelf bottle.' }), at })
    .meta({ description: 'A delivery: an expired bottle pulled from the shelf into quarantine.' }),
]);

/** One thing the technician can do with a phone call. */
export type CallDecision = (typeof CALL_DECISIONS)[number];

/** Everything a student can do, stamped with the scenario second it happened. */
export type Action = z.output<typeof actionSchema>;

/** The name of one kind of action, e.g. "scanProduct". */
export type ActionType = Action['type'];

/** Every action type, in workflow order. */
export const ACTION_TYPES: readonly ActionType[] = actionSchema.options.map((o) => o.shape.type.value);

/** The technician's error report as filed. */
export type ErrorReport = z.output<typeof errorReportSchema>;

/** What the technician typed on the data-entry screen. */
export type RxEntry = z.output<typeof rxEntrySchema>;

/** One kind of action as a component emits it, before the caller stamps `at`. */
export type ActionInputOf<T extends ActionType> = Omit<Extract<Action, { type: T }>, 'at'>;

/** An Action as a component emits it: the store stamps `at` from the scenario clock. */
export type ActionInput = { [T in ActionType]: ActionInputOf<T> }[ActionType];
