import { z } from 'zod';

/**
 * Rule parameters that vary by state or payer, with their documented defaults.
 * Defaults follow ../shared/domain/pharmacy-rules.md §11: federal law is the minimum.
 */
export const parametersSchema = z
  .strictObject({
    rxValidityDays: z
      .number()
      .int()
      .positive()
      .default(365)
      .meta({ description: 'Days a non-controlled prescription stays valid after it is written (state law; commonly one year).' }),
    controlledValidityDays: z
      .number()
      .int()
      .positive()
      .default(180)
      .meta({ description: 'Days a C-III to C-V prescription stays valid (federal: 6 months).' }),
    ciiValidityDays: z
      .number()
      .int()
      .positive()
      .nullable()
      .default(null)
      .meta({ description: 'Days a C-II prescription stays valid; null means no limit (federal law sets none; many states do).' }),
    refillTooSoonPercent: z
      .number()
      .min(0)
      .max(100)
      .default(80)
      .meta({ description: "Share of the last fill's days' supply that must have passed before a refill (payer rule)." }),
    dropsPerMl: z.number().positive().default(20).meta({ description: 'Drops per mL for eye and ear drops.' }),
    gramsPerApplication: z.number().positive().default(1).meta({ description: 'Grams per application for creams and ointments.' }),
    passThreshold: z.number().min(0).max(100).default(80).meta({ description: 'Score out of 100 needed to pass.' }),
    quantityInWordsRequired: z
      .boolean()
      .default(false)
      .meta({ description: 'True where the state requires a C-II quantity in both numerals and words.' }),
    techMayTakeVerbalOrders: z.boolean().default(false).meta({
      description:
        'True where the state lets a technician take a new verbal prescription for a non-controlled drug (most states: only the pharmacist).',
    }),
    refillAuthorizationDays: z.number().int().positive().default(2).meta({
      description: "Business days the pharmacy tells a patient to expect the prescriber's answer to a refill-authorization request.",
    }),
    photoIdForControlledPickup: z.boolean().default(true).meta({
      description:
        'True where the state requires a photo ID to pick up a controlled substance (federal law does not); judged only in encounters with `register` facts.',
    }),
    shortDatedDays: z.number().int().min(0).default(30).meta({
      description: 'A stock bottle expiring within this many days of today is too short-dated to dispense (store policy).',
    }),
  })
  .meta({ title: 'Rule parameters' });

export type Parameters = z.output<typeof parametersSchema>;
