import { z } from 'zod';
import type { Action } from '../core/engine/actions';
import { FINDING_CODES } from '../core/findings/codes';

const at = z.number().finite().min(0);
const rx = z.string().min(1);

const rxEntrySchema = z.object({
  productId: z.string(),
  sig: z.string(),
  quantity: z.number().finite(),
  daysSupply: z.number().finite(),
  refills: z.number().finite(),
  daw: z.number().finite(),
});

/** Every Action as it may appear in a saved log; checked on load because storage is outside our control. */
export const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('confirmIdentity'), stage: z.enum(['dropoff', 'pickup']), at }),
  z.object({ type: z.literal('acceptPrescription'), rx, at }),
  z.object({ type: z.literal('flagProblem'), rx: rx.optional(), code: z.enum(FINDING_CODES), note: z.string().optional(), at }),
  z.object({ type: z.literal('enterPrescription'), rx, entry: rxEntrySchema, at }),
  z.object({ type: z.literal('selectProduct'), rx, productId: z.string(), at }),
  z.object({ type: z.literal('returnProduct'), rx, at }),
  z.object({ type: z.literal('scanProduct'), rx, at }),
  z.object({ type: z.literal('countProduct'), rx, quantity: z.number().finite(), at }),
  z.object({ type: z.literal('printLabel'), rx, auxiliaryLabels: z.array(z.string()), at }),
  z.object({ type: z.literal('submitForVerification'), rx, at }),
  z.object({ type: z.literal('offerCounseling'), at }),
  z.object({ type: z.literal('respondToQuestion'), question: z.string(), response: z.enum(['answer', 'refer']), at }),
  z.object({ type: z.literal('handOut'), at }),
  z.object({ type: z.literal('endEncounter'), at }),
]);

/** Where a saved encounter sits inside a shift, when it was played as part of one. */
export const shiftPlaceSchema = z.object({
  shiftId: z.string(),
  encounterIndex: z.number().int().min(0),
  /** The shift file, so a reload can find the shift again. */
  path: z.string().optional(),
  /** Logs of the encounters already finished in this shift: the end-of-shift summary replays them. */
  completed: z.array(z.object({ source: z.string(), log: z.array(actionSchema) })).optional(),
  /** Scenario seconds spent in the finished encounters, for the shift clock. */
  elapsedSeconds: z.number().min(0).optional(),
});

/** The saved-progress file, version 1. Bump the literal (and write a migration) when the shape changes. */
export const savedProgressSchema = z.object({
  version: z.literal(1),
  scenarioId: z.string().min(1),
  source: z.string(),
  mode: z.enum(['practice', 'assessment']),
  log: z.array(actionSchema),
  shift: shiftPlaceSchema.optional(),
});

/** One student's saved encounter: enough to replay it exactly. */
export type SavedProgress = Omit<z.output<typeof savedProgressSchema>, 'log'> & { log: Action[] };

// Compile-time guard: the schema must accept exactly the engine's Action shapes, no more, no less.
type SchemaAction = z.output<typeof actionSchema>;
const actionsMatch: [SchemaAction] extends [Action] ? ([Action] extends [SchemaAction] ? true : false) : false = true;
void actionsMatch;
