import { z } from 'zod';
import { actionSchema, type Action } from '../engine/actions';

/** Shift seconds: seconds since the shift began, on the shift clock (the caller supplies it; the core reads no clock). */
const at = z.number().finite().min(0).meta({ description: 'Shift seconds since the shift began.' });

/** The patient at the counter is done: where their encounter came from and everything the student did in it. */
export const encounterFinishedSchema = z.object({
  type: z.literal('encounterFinished'),
  /** The encounter file, as the encounter's `source` names it. */
  source: z.string().min(1),
  /** Its whole action log, so the end-of-shift summary can replay it. */
  log: z.array(actionSchema),
  at,
  /** The turn of the waiting work the student takes next; without it, whoever arrived first. */
  next: z.number().int().min(0).optional(),
});

/** The shift's time limit has passed: the patient at the counter is the last one. */
export const timeUpSchema = z.object({ type: z.literal('timeUp'), at });

/** Everything that moves a shift on, as plain serialisable data: the shift log is a list of these. */
export const shiftActionSchema = z.discriminatedUnion('type', [encounterFinishedSchema, timeUpSchema]);

/** One entry of a shift log. */
export type ShiftAction = z.output<typeof shiftActionSchema>;

/** The shift action for a finished encounter. */
export function encounterFinished(source: string, log: readonly Action[], atSeconds: number, next?: number): ShiftAction {
  return { type: 'encounterFinished', source, log: [...log], at: atSeconds, ...(next === undefined ? {} : { next }) };
}

/** The shift action for the time limit passing, noticed at `atSeconds`. */
export function timeUp(atSeconds: number): ShiftAction {
  return { type: 'timeUp', at: atSeconds };
}
