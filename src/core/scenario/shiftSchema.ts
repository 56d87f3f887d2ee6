import { z } from 'zod';
import { localText, slug, text } from './primitives';

/** A shift: encounters in arrival order, with an optional time limit. */
export const shiftSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('shift'),
    id: slug,
    title: localText,
    summary: localText.optional(),
    startsAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' })
      .default('09:00')
      .meta({ description: 'Clock time the shift starts, HH:MM (24-hour).' }),
    timeLimitMinutes: z.number().positive().nullable().default(null).meta({ description: 'Scenario-time limit, or null for none.' }),
    encounters: z
      .array(
        z.strictObject({
          file: text.meta({
            description: 'Path of the encounter file, relative to this shift file.',
            examples: ['../encounters/fill-lisinopril.json'],
          }),
          arrivesAfterMinutes: z.number().min(0).default(0).meta({ description: 'Minutes after the shift starts.' }),
          urgency: z.enum(['routine', 'urgent']).default('routine').meta({
            description:
              'urgent: work that must come before anything routine (a refrigerated tote); routine: everything else. Patients at the counter come before routine back-room tasks.',
          }),
          discoversErrorIn: slug.optional().meta({
            description:
              'The id of an encounter earlier in this shift whose error this encounter brings to light (a patient coming back, a colleague noticing).',
            examples: ['fill-lisinopril-refill-day'],
          }),
        }),
      )
      .min(1),
  })
  .meta({ title: 'TechShift shift' });

export type Shift = z.output<typeof shiftSchema>;
