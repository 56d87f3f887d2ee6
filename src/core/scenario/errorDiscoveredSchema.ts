import { z } from 'zod';
import { productRef, slug, text } from './primitives';

/** How an error in an earlier fill came to light (pharmacy-rules.md §7 and §13.1). */
export const ERROR_FOUND_BY = ['pharmacistAtVerify', 'patientReturned', 'technicianNoticed', 'colleagueNoticed'] as const;
export type ErrorFoundBy = (typeof ERROR_FOUND_BY)[number];

/** The kinds of dispensing error a technician's report names (pharmacy-rules.md §7). */
export const ERROR_KINDS = ['wrongDrug', 'wrongStrength', 'wrongQuantity', 'wrongDirections', 'wrongPatient', 'labellingError'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * Contributing factors an error report offers. The last two are blame, not systems: a blame-free
 * report does not need "careless", and blaming a colleague is gently marked.
 */
export const CONTRIBUTING_FACTORS = [
  'lookAlikeNames',
  'similarPackaging',
  'adjacentShelfSlots',
  'interruption',
  'workload',
  'skippedScan',
  'illegiblePrescription',
  'careless',
  'colleagueToBlame',
] as const;
export type ContributingFactor = (typeof CONTRIBUTING_FACTORS)[number];

/** Factors that put blame on a person; never what a report is scored on. */
export const BLAME_FACTORS: ReadonlySet<ContributingFactor> = new Set<ContributingFactor>(['careless', 'colleagueToBlame']);

/** The NCC MERP harm categories; the pharmacist assigns one (pharmacy-rules.md §13.1). */
export const HARM_CATEGORIES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] as const;
export type HarmCategory = (typeof HARM_CATEGORIES)[number];

/** An error in an earlier fill that comes to light in this encounter: the technician owns and reports it. */
export const errorDiscoveredSchema = z
  .strictObject({
    foundBy: z.enum(ERROR_FOUND_BY).meta({
      description:
        "How it came to light: the pharmacist's check at verification, the patient coming back, the technician noticing after hand-out, or a colleague noticing.",
    }),
    madeBy: z.enum(['you', 'colleague']).default('you').meta({
      description: 'Whose fill it was: the student\'s own, or "a colleague" (a scripted error the student reports all the same).',
    }),
    rx: slug.meta({ description: 'The id of the prescription (in this file) whose fill went wrong: what was prescribed.' }),
    kind: z.enum(ERROR_KINDS).meta({ description: 'What kind of error it was.' }),
    dispensed: productRef.meta({
      description: 'The product that was actually dispensed (the wrong one, or the right one for a wrong count or label).',
    }),
    when: text.meta({ description: 'When the wrong fill was made, as the report shows it.', examples: ['this morning at 09:40'] }),
    reachedPatient: z.boolean().meta({ description: 'True when the wrong product left the pharmacy with the patient.' }),
    taken: z.boolean().default(false).meta({ description: 'True when the patient took some of it.' }),
    patientPresent: z
      .boolean()
      .optional()
      .meta({ description: 'True when the patient is at the counter; defaults to true only when foundBy is patientReturned.' }),
    contributingFactors: z
      .array(z.enum(CONTRIBUTING_FACTORS))
      .min(1)
      .meta({ description: 'What set the error up; a complete report names at least one of them.' }),
    harmCategory: z.enum(HARM_CATEGORIES).meta({
      description:
        'The NCC MERP category the pharmacist assigns (A–I); shown to the student, never chosen by them. B: did not reach the patient; C or later: it did.',
    }),
    prevention: text.meta({
      description: "How to prevent it, as an expert's report would put it; shown after the student files theirs.",
      examples: ['Scan every stock bottle against the label before counting; keep hydrOXYzine and hydrALAZINE on separate shelves.'],
    }),
    story: text.optional().meta({ description: 'What the student is told has happened, shown as plain text.' }),
  })
  .meta({
    title: 'Error discovered',
    description: 'An earlier fill that went wrong, for the student to own and report (pharmacy-rules.md §7, §13.1).',
  });

/** An error discovered, as the schema leaves it. */
export type ErrorDiscovered = z.output<typeof errorDiscoveredSchema>;

/** True when the patient is at the counter for this error (they came back with it). */
export const patientAtCounter = (e: ErrorDiscovered): boolean => e.patientPresent ?? e.foundBy === 'patientReturned';
