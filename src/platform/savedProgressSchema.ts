import { z } from 'zod';
import { actionSchema } from '../core/engine/actions';

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

/** One student's saved encounter: enough to replay it exactly. Actions are checked with the engine's own schema. */
export type SavedProgress = z.output<typeof savedProgressSchema>;
