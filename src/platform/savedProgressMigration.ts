import { z } from 'zod';
import { actionSchema, encounterFinished, type ShiftAction } from '../core';
import { savedProgressSchema, type SavedProgress } from './savedProgressSchema';

/** Version 1 kept a shift as a place (index, finished logs, seconds spent) rather than as a shift log. */
const v1ShiftPlaceSchema = z.object({
  shiftId: z.string(),
  encounterIndex: z.number().int().min(0),
  path: z.string().optional(),
  completed: z.array(z.object({ source: z.string(), log: z.array(actionSchema) })).optional(),
  elapsedSeconds: z.number().min(0).optional(),
});

/** The saved-progress file as version 1 wrote it. */
const v1Schema = savedProgressSchema.extend({ version: z.literal(1), shift: v1ShiftPlaceSchema.optional() });

/**
 * Reads a save of the current version, or of version 1 brought up to date; null when neither
 * fits (the caller keeps it as a backup and says so in plain words).
 */
export function readSavedProgress(json: unknown): SavedProgress | null {
  const current = savedProgressSchema.safeParse(json);
  if (current.success) return current.data as SavedProgress;
  const v1 = v1Schema.safeParse(json);
  if (!v1.success) return null;
  const { shift, version: _old, ...rest } = v1.data;
  const migrated: SavedProgress = { ...rest, version: 2 };
  const log = shift ? v1ShiftLog(shift) : null;
  // A version-1 shift without its file or its finished logs cannot be rebuilt: the encounter resumes on its own.
  if (shift?.path && log) migrated.shift = { id: shift.shiftId, path: shift.path, log };
  return migrated;
}

/** The finished encounters of a version-1 place as a shift log, each stamped when it ended on the shift clock. */
function v1ShiftLog(place: z.output<typeof v1ShiftPlaceSchema>): ShiftAction[] | null {
  const completed = place.completed ?? [];
  if (completed.length !== place.encounterIndex) return null;
  let clock = 0;
  return completed.map(({ source, log }) => {
    clock += log.at(-1)?.at ?? 0;
    return encounterFinished(source, log, clock);
  });
}
