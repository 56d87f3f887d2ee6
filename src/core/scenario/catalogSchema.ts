import { z } from 'zod';
import { planSchema } from './planSchema';
import { slug, text } from './primitives';

export const DOSAGE_FORMS = [
  'tablet',
  'tablet-er',
  'capsule',
  'capsule-er',
  'oral-solution',
  'oral-suspension',
  'ophthalmic-solution',
  'otic-solution',
  'nasal-spray',
  'inhaler',
  'insulin-vial',
  'insulin-pen',
  'cream',
  'ointment',
  'patch',
  'suppository',
] as const;

/** The unit a product is counted or measured in when dispensed. */
export const DISPENSE_UNITS = ['tablet', 'capsule', 'mL', 'g', 'puff', 'drop', 'unit', 'each'] as const;

export const SCHEDULES = ['II', 'III', 'IV', 'V'] as const;
export const SEVERITIES = ['contraindicated', 'major', 'moderate'] as const;

const interaction = z
  .strictObject({
    with: text.meta({
      description: 'A generic name or a class tag (from another product\'s "classes") that this product interacts with.',
      examples: ['nsaid', 'warfarin'],
    }),
    severity: z.enum(SEVERITIES).meta({ description: 'How serious the interaction is.' }),
    effect: text.meta({ description: 'What can happen, in a few plain words.', examples: ['bleeding'] }),
  })
  .meta({ title: 'Interaction' });

/** Where a product is kept: at room temperature or in the refrigerator. */
export const STORAGE_PLACES = ['room', 'refrigerator'] as const;

/** How a powder for oral suspension is made up: the water on its label, where it is kept and how long it lasts. */
export const reconstitutionSchema = z
  .strictObject({
    waterMl: z
      .number()
      .positive()
      .meta({ description: 'Purified water to add, in mL, as the bottle label gives it.', examples: [88] }),
    portions: z.number().int().min(1).default(2).meta({ description: 'How many portions the water is added in, shaking after each.' }),
    storage: z.enum(STORAGE_PLACES).meta({ description: 'Where the made-up suspension is kept.' }),
    beyondUseDays: z
      .number()
      .int()
      .positive()
      .meta({ description: 'Days the made-up suspension may be used; the label says today plus these days.', examples: [14] }),
    illustrative: z
      .boolean()
      .default(true)
      .meta({ description: "True when the figures are for practice and not checked against this product's labelling." }),
  })
  .meta({ title: 'Reconstitution' });

/** One stock product: a strength and form of a drug in one package, with its NDC. */
export const productSchema = z
  .strictObject({
    id: slug.meta({ description: 'Unique id used by scenarios.', examples: ['amoxicillin-500-cap'] }),
    generic: text.meta({ description: 'Generic name in lower case.', examples: ['amoxicillin'] }),
    brand: text.optional().meta({ description: 'A common brand name.', examples: ['Amoxil'] }),
    tallMan: text.optional().meta({ description: 'FDA/ISMP tall-man spelling, shown on shelf labels.', examples: ['hydrOXYzine'] }),
    strength: text.meta({ description: 'Strength as printed on the label.', examples: ['500 mg', '250 mg/5 mL'] }),
    form: z.enum(DOSAGE_FORMS).meta({ description: 'Dosage form.' }),
    dispenseUnit: z.enum(DISPENSE_UNITS).meta({ description: 'Unit the quantity is counted or measured in.' }),
    ndc: z
      .string()
      .regex(/^(\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1}|\d{5}-\d{4}-\d{2})$/, { message: 'ndc' })
      .meta({ description: 'Hyphenated NDC as printed on the package (4-4-2, 5-3-2, 5-4-1 or 5-4-2).', examples: ['0093-3109-01'] }),
    ndcIllustrative: z
      .boolean()
      .default(true)
      .meta({ description: 'True when the NDC is well-formed but not checked against a public source.' }),
    packageSize: z
      .number()
      .positive()
      .meta({ description: 'How much one stock package holds, in dispenseUnit.', examples: [100] }),
    schedule: z.enum(SCHEDULES).nullable().default(null).meta({ description: 'DEA schedule, or null when not controlled.' }),
    therapeuticClass: text.meta({
      description: 'Therapeutic class; two products of one class on a profile is duplicate therapy.',
      examples: ['ace-inhibitor'],
    }),
    classes: z
      .array(slug)
      .default([])
      .meta({ description: "Tags other products' interactions refer to.", examples: [['nsaid']] }),
    allergyClasses: z
      .array(slug)
      .default([])
      .meta({ description: 'Allergy classes this product belongs to.', examples: [['penicillin']] }),
    crossSensitivity: z
      .array(slug)
      .default([])
      .meta({
        description: "Allergy classes with known cross-sensitivity that needs the pharmacist's judgement.",
        examples: [['penicillin']],
      }),
    interactions: z.array(interaction).default([]),
    lookAlikes: z.array(slug).default([]).meta({ description: 'Ids of products that look or sound alike.' }),
    auxiliaryLabels: z
      .array(text)
      .default([])
      .meta({ description: 'Auxiliary labels the bottle should carry.', examples: [['Take with food']] }),
    inUseDays: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'Days a container lasts once opened (insulin).', examples: [28] }),
    containerSize: z
      .number()
      .positive()
      .optional()
      .meta({
        description:
          'How much one container inside the package holds, when the package holds several (300 units per pen in a box of 5 pens); inUseDays applies to each container.',
        examples: [300],
      }),
    reconstitution: reconstitutionSchema
      .optional()
      .meta({ description: 'For a powder the pharmacy makes up with water before dispensing (an antibiotic suspension).' }),
  })
  .meta({ title: 'Product', description: 'One stock product in one package size.' });

export const catalogSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('catalog'),
    products: z.array(productSchema).min(1),
    plans: z
      .array(planSchema)
      .default([])
      .meta({ description: 'Prescription drug plans that encounters bill claims to (patient.insurance.planId).' }),
  })
  .meta({ title: 'TechShift drug catalog' });

export type Product = z.output<typeof productSchema>;
export type Catalog = z.output<typeof catalogSchema>;
export type DosageForm = (typeof DOSAGE_FORMS)[number];
export type DispenseUnit = (typeof DISPENSE_UNITS)[number];
export type Schedule = (typeof SCHEDULES)[number];
export type StoragePlace = (typeof STORAGE_PLACES)[number];
export type Reconstitution = z.output<typeof reconstitutionSchema>;
