import { z } from 'zod';
import { PAYERS, RESOLUTIONS } from '../claims/rejectCodes';
import { FINDING_CODES } from '../findings/codes';

/** Scenario seconds since the encounter began, supplied by the caller: the core never reads a clock. */
const at = z.number().finite().min(0).meta({ description: 'Scenario seconds since the encounter began.' });
const rx = z.string().min(1).meta({ description: 'The prescription worked on.' });

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
  z.object({ type: z.literal('selectProduct'), rx, productId: z.string(), at }).meta({ description: 'A bottle taken from the shelf.' }),
  z.object({ type: z.literal('returnProduct'), rx, at }).meta({ description: 'The bottle put back on the shelf.' }),
  z.object({ type: z.literal('scanProduct'), rx, at }).meta({ description: 'The bottle in hand scanned at the bench.' }),
  z
    .object({ type: z.literal('countProduct'), rx, quantity: z.number().finite(), at })
    .meta({ description: 'Counted or measured amount placed in the vial.' }),
  z
    .object({ type: z.literal('printLabel'), rx, auxiliaryLabels: z.array(z.string()), at })
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
    .object({ type: z.literal('submitClaim'), rx, billing: claimBillingSchema, at })
    .meta({ description: 'The insurance claim sent (or corrected and sent again) after data entry.' }),
  z.object({ type: z.literal('resolveClaim'), rx, resolution: z.enum(RESOLUTIONS), at }).meta({
    description:
      'A rejected claim answered: bill the other plan, adjust to the limit, prior authorization, cash, the next date, the pharmacist, or an override.',
  }),
]);

/** Everything a student can do, stamped with the scenario second it happened. */
export type Action = z.output<typeof actionSchema>;

/** The name of one kind of action, e.g. "scanProduct". */
export type ActionType = Action['type'];

/** Every action type, in workflow order. */
export const ACTION_TYPES: readonly ActionType[] = actionSchema.options.map((o) => o.shape.type.value);

/** What the technician typed on the data-entry screen. */
export type RxEntry = z.output<typeof rxEntrySchema>;

/** One kind of action as a component emits it, before the caller stamps `at`. */
export type ActionInputOf<T extends ActionType> = Omit<Extract<Action, { type: T }>, 'at'>;

/** An Action as a component emits it: the store stamps `at` from the scenario clock. */
export type ActionInput = { [T in ActionType]: ActionInputOf<T> }[ActionType];
