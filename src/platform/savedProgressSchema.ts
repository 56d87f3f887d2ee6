import { z } from 'zod';
import { actionSchema, shiftActionSchema, STATION_IDS } from '../core';

/** The shift a saved encounter belongs to: which shift file, and the shift's own log (replayed on load). */
export const savedShiftSchema = z.object({
  id: z.string().min(1),
  /** The shift file, so a reload can find the shift again. */
  path: z.string().min(1),
  /** The core's shift actions; each finished encounter's log is checked with the engine's own Action schema. */
  log: z.array(shiftActionSchema),
});

/** The saved-progress file, version 2. Bump the literal (and add a migration to savedProgressMigration.ts) when the shape changes. */
export const savedProgressSchema = z.object({
  version: z.literal(2),
  scenarioId: z.string().min(1),
  source: z.string(),
  mode: z.enum(['practice', 'assessment']),
  log: z.array(actionSchema),
  shift: savedShiftSchema.optional(),
  /** When this was saved (ISO 8601, wall clock), to tell the next person whose shift it is; older saves have none. */
  savedAt: z.string().optional(),
  /** Where the student stood, so a reload comes back there; an unknown name (a newer version's) means drop-off. */
  station: z.enum(STATION_IDS).optional().catch(undefined),
});

/** One student's saved encounter (and the shift around it): enough to replay it exactly. Actions are checked with the engine's own schema. */
export type SavedProgress = z.output<typeof savedProgressSchema>;

/** The saved shift, as the store writes and reads it. */
export type SavedShift = z.output<typeof savedShiftSchema>;
