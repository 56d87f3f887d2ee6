import { z } from 'zod';
import { isoDate, productRef, slug, text } from './primitives';

/** One product on a plan's formulary: its copay tier, whether it needs prior authorization, and its limits. */
const formularyEntry = z
  .strictObject({
    product: productRef,
    status: z.enum(['covered', 'priorAuthorization', 'excluded']).default('covered').meta({
      description:
        'covered: paid at its tier; priorAuthorization: rejected 75 until the prescriber gets approval; excluded: rejected 70 (not covered).',
    }),
    tier: z.number().int().min(1).max(4).default(1).meta({ description: 'Copay tier (1 = lowest copay).' }),
    maxQuantity: z
      .number()
      .positive()
      .optional()
      .meta({ description: "Most the plan pays for in one fill, in the product's dispense unit; more is rejected 76." }),
    maxDaysSupply: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: "Longest days' supply the plan pays for in one fill of this product (overrides the plan's)." }),
  })
  .meta({ title: 'Formulary entry' });

/** A prescription drug plan: the facts a claim is adjudicated against (pharmacy-rules.md §6, §6.1, §13.2). */
export const planSchema = z
  .strictObject({
    id: slug.meta({ description: 'Unique id scenarios use in patient.insurance.planId.', examples: ['lincoln-mutual-rx'] }),
    name: text.meta({ description: 'The plan as the card and the claim screen name it.', examples: ['Lincoln Mutual Rx'] }),
    bin: z
      .string()
      .regex(/^\d{6}$/, { message: 'bin' })
      .meta({ description: 'Bank Identification Number: six digits that route the claim to the processor.', examples: ['014529'] }),
    pcn: text.optional().meta({ description: 'Processor Control Number, as printed on the card.', examples: ['LMRX'] }),
    group: text.optional().meta({ description: 'Group number, as printed on the card.', examples: ['ILSTATE-EMP'] }),
    coverageStart: isoDate.optional().meta({ description: 'First day the plan pays claims (a member may override it).' }),
    coverageEnd: isoDate.optional().meta({ description: 'Last day the plan pays claims (a member may override it).' }),
    payerOrder: z.enum(['primary', 'afterOther']).default('primary').meta({
      description:
        "primary: billed first; afterOther: a payer of last resort, billed only after the patient's other plan (billing it first is rejected 41).",
    }),
    refillTooSoonPercent: z.number().min(0).max(100).default(80).meta({
      description: "Share of the last fill's days' supply that must have passed before the plan pays a refill (§13.2: commonly 75–80%).",
    }),
    maxDaysSupply: z
      .number()
      .int()
      .positive()
      .default(90)
      .meta({ description: "Longest days' supply the plan pays for in one fill; more is rejected 76." }),
    coversUnlisted: z.boolean().default(true).meta({
      description: 'True when products not on the formulary list are covered at defaultTier; false rejects them 70.',
    }),
    defaultTier: z.number().int().min(1).max(4).default(1).meta({ description: 'Copay tier of a covered product not on the list.' }),
    copays: z
      .array(z.number().min(0))
      .min(1)
      .max(4)
      .default([10])
      .meta({ description: 'Copay in dollars for tier 1, 2, 3, 4 (a tier beyond the list pays the last).', examples: [[10, 35, 70]] }),
    formulary: z
      .array(formularyEntry)
      .default([])
      .meta({ description: 'Products with a tier, a prior authorization, an exclusion or a limit.' }),
  })
  .meta({ title: 'Plan', description: 'A prescription drug plan that claims are billed to.' });

export type Plan = z.output<typeof planSchema>;
export type FormularyEntry = Plan['formulary'][number];
