import { z } from 'zod';
import type { Action } from '../core/engine/actions';
import { FINDING_CODES } from '../core/findings/codes';
import { shiftActionSchema } from '../core/shift/shiftActions';

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

const encounterLogSchema = z.array(actionSchema);

/** A saved shift log: the core's shift actions, with every finished encounter's log checked action by action. */
const shiftLogSchema = z.array(shiftActionSchema).refine(
  (log) => log.every((a) => a.type !== 'encounterFinished' || encounterLogSchema.safeParse(a.log).success),
  { message: 'a finished encounter holds an action that cannot be read' },
);

/** The shift a saved encounter belongs to: which shift file, and the shift's own log (replayed on load). */
export const savedShiftSchema = z.object({
  id: z.string().min(1),
  /** The shift file, so a reload can find the shift again. */
  path: z.string().min(1),
  log: shiftLogSchema,
});

/** The saved-progress file, version 2. Bump the literal (and add a migration to savedProgressMigration.ts) when the shape changes. */
export const savedProgressSchema = z.object({
  version: z.literal(2),
  scenarioId: z.string().min(1),
  source: z.string(),
  mode: z.enum(['practice', 'assessment']),
  log: encounterLogSchema,
  shift: savedShiftSchema.optional(),
});

/** One student's saved encounter (and the shift around it): enough to replay it exactly. */
export type SavedProgress = Omit<z.output<typeof savedProgressSchema>, 'log'> & { log: Action[] };

/** The saved shift, as the store writes and reads it. */
export type SavedShift = z.output<typeof savedShiftSchema>;

// Compile-time guard: the schema must accept exactly the engine's Action shapes, no more, no less.
type SchemaAction = z.output<typeof actionSchema>;
const actionsMatch: [SchemaAction] extends [Action] ? ([Action] extends [SchemaAction] ? true : false) : false = true;
void actionsMatch;
