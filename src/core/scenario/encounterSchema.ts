import { z } from 'zod';
import { FINDING_CODES, STEPS } from '../findings/codes';
import { productSchema, STORAGE_PLACES } from './catalogSchema';
import { deliverySchema } from './deliverySchema';
import { errorDiscoveredSchema } from './errorDiscoveredSchema';
import { parametersSchema } from './parameters';
import { planSchema } from './planSchema';
import { isoDate, localText, productRef, slug, text } from './primitives';
import { LABEL_LANGUAGES } from './labelLanguage';

const allergy = z.strictObject({
  substance: text.meta({ description: 'What the patient says they are allergic to.', examples: ['penicillin', 'sulfa'] }),
  reaction: text.meta({ description: 'What happened.', examples: ['hives'] }),
});

const appearance = z
  .strictObject({
    height: z.number().min(1.4).max(2).default(1.7).meta({ description: 'Height in metres.' }),
    shirtColour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour' })
      .default('#4f7cac'),
    skinTone: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour' })
      .default('#c68e6a'),
    hairColour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour' })
      .default('#3b2a20'),
  })
  .meta({ title: 'Appearance', description: 'How the patient looks in the 3D pharmacy (colours as #rrggbb).' });

/** A paid claim the plan has on file from another pharmacy: it counts for refill-too-soon (79) and the plan's DUR (88). */
const otherPharmacyClaim = z
  .strictObject({
    product: productRef,
    date: isoDate.meta({ description: 'The day the other pharmacy filled it.', examples: ['2026-10-02'] }),
    quantity: z
      .number()
      .positive()
      .meta({ description: "Quantity dispensed, in the product's dispense unit.", examples: [30] }),
    daysSupply: z
      .number()
      .int()
      .positive()
      .meta({ description: "Days' supply billed.", examples: [30] }),
  })
  .meta({ title: 'Claim at another pharmacy' });

/** The patient's membership of a second plan, from a second card. */
const secondaryPlan = z
  .strictObject({
    planId: slug.meta({
      description: "The id of a plan in the catalog (scenarios/catalog/) or in this file's plans.",
      examples: ['heartland-medicare-d'],
    }),
    memberId: text.meta({ description: 'The member ID on the second card.', examples: ['LMR91100256'] }),
    personCode: z
      .string()
      .regex(/^\d{2,3}$/, { message: 'personCode' })
      .default('01')
      .meta({ description: 'Person code on the second card.', examples: ['01'] }),
    coverageStart: isoDate.optional().meta({ description: 'First day the second plan covers the patient.', examples: ['2026-01-01'] }),
    coverageEnd: isoDate.optional().meta({ description: 'Last day the second plan covers the patient.', examples: ['2026-12-31'] }),
  })
  .meta({
    title: 'Secondary plan',
    description: "Another plan the patient has; which one is billed first follows each plan's payerOrder.",
  });

const insurance = z
  .strictObject({
    plan: text.meta({ description: 'The plan name on the card.' }),
    memberId: text.meta({ description: 'The member ID on the pharmacy profile (the claim screen starts with it).' }),
    group: text.optional(),
    bin: text.optional(),
    pcn: text.optional(),
    planId: slug.optional().meta({
      description:
        "The id of a plan in the catalog (scenarios/catalog/) or in this file's plans. With it, every prescription filled is billed as a claim after data entry; without it, no claim step.",
      examples: ['lincoln-mutual-rx'],
    }),
    personCode: z
      .string()
      .regex(/^\d{2,3}$/, { message: 'personCode' })
      .default('01')
      .meta({ description: 'Person code on the profile: 01 the cardholder, 02 a spouse, 03 and up a dependant.' }),
    coverageStart: isoDate.optional().meta({ description: "First day this member is covered (overrides the plan's)." }),
    coverageEnd: isoDate
      .optional()
      .meta({ description: "Last day this member is covered (overrides the plan's); a later fill is rejected 69." }),
    card: z
      .strictObject({
        memberId: text.optional().meta({ description: 'The member ID printed on the card.', examples: ['LMR60019882'] }),
        personCode: z
          .string()
          .regex(/^\d{2,3}$/, { message: 'personCode' })
          .optional()
          .meta({ description: 'The person code printed on the card for this patient.', examples: ['03'] }),
      })
      .optional()
      .meta({
        description:
          "What the card in the patient's hand says, when the profile has it wrong: the plan knows the member by the card (a profile member ID is rejected 52, a profile person code 09).",
      }),
    secondary: secondaryPlan.optional(),
    otherPharmacyClaims: z
      .array(otherPharmacyClaim)
      .default([])
      .meta({ description: "Paid claims the plan has from other pharmacies, which this pharmacy's profile does not show." }),
  })
  .meta({ title: 'Insurance', description: 'Prescription insurance as the profile and the card show it.' });

const patient = z
  .strictObject({
    firstName: text,
    lastName: text,
    dateOfBirth: isoDate,
    address: text.meta({ examples: ['14 Alder Street, Springfield, IL 62704'] }),
    phone: text.optional(),
    allergies: z
      .array(allergy)
      .meta({ description: 'Known allergies. An empty list means the patient has no known drug allergies (NKDA).' }),
    medications: z
      .array(z.strictObject({ product: productRef, since: isoDate.optional() }))
      .default([])
      .meta({ description: 'Current medications on the pharmacy profile.' }),
    fillHistory: z
      .array(
        z.strictObject({
          product: productRef,
          date: isoDate,
          quantity: z.number().positive(),
          daysSupply: z.number().int().positive(),
        }),
      )
      .default([])
      .meta({ description: 'Past fills at this pharmacy, newest last.' }),
    insurance: insurance.nullable().default(null).meta({ description: 'Prescription insurance, or null for cash.' }),
    appearance: appearance.optional(),
    labelLanguage: z.enum(LABEL_LANGUAGES).optional().meta({
      description:
        'The language the patient asks for their label in ("es": Spanish). The prescription stays as written; the student chooses the label language at the label station, and a label in another language is an error. Omitted, the patient has not asked, and the label prints in English.',
    }),
  })
  .meta({ title: 'Patient', description: "The patient's profile in the pharmacy system." });

const prescriber = z
  .strictObject({
    firstName: text,
    lastName: text,
    credentials: z.enum(['MD', 'DO', 'NP', 'PA', 'DDS', 'DMD', 'DPM', 'OD', 'DVM']),
    practice: text.optional(),
    address: text.optional().meta({ description: 'Practice address; required on a controlled-substance prescription.' }),
    phone: text.optional(),
    dea: z
      .string()
      .optional()
      .meta({ description: 'DEA number exactly as written (may be wrong on purpose).', examples: ['AB1234563'] }),
    npi: z
      .string()
      .optional()
      .meta({ examples: ['1234567893'] }),
    npiOnFile: z
      .string()
      .optional()
      .meta({
        description:
          "The prescriber's own NPI as the NPI registry lists it, when the one written is wrong or is the practice's: plans match claims against it (otherwise rejected 56).",
        examples: ['1234567893'],
      }),
  })
  .meta({ title: 'Prescriber' });

/** What is right when the shelf is short: a partial fill with an owed balance, an order for tomorrow, or a transfer. */
export const SHORTAGE_RESOLUTIONS = ['partialFill', 'orderTomorrow', 'transfer'] as const;
export type ShortageResolution = (typeof SHORTAGE_RESOLUTIONS)[number];

const alteration = z.strictObject({
  field: z.enum(['drug', 'strength', 'quantity', 'sig', 'refills', 'date', 'other']),
  description: localText.meta({ examples: ['The quantity "20" has been overwritten as "80" in a different ink.'] }),
});

const prescription = z
  .strictObject({
    id: slug.meta({ description: 'Short id for this prescription within the file.', examples: ['rx1'] }),
    channel: z.enum(['written', 'electronic', 'phone']).meta({ description: 'How the prescription arrived.' }),
    patientName: text.meta({ description: 'Patient name exactly as written on the prescription.' }),
    patientDateOfBirth: isoDate.optional(),
    patientAddress: text.optional().meta({ description: 'Required on a controlled-substance prescription.' }),
    prescriber,
    dateWritten: isoDate,
    product: productRef.meta({ description: 'The product the expert dispenses for this prescription.' }),
    drugAsWritten: text.meta({
      description: 'The drug and strength exactly as the prescriber wrote them.',
      examples: ['Amoxicillin 500mg caps'],
    }),
    quantity: z.number().positive().meta({ description: "Quantity to dispense, in the product's dispense unit." }),
    quantityInWords: text.optional().meta({ examples: ['thirty'] }),
    sig: text.meta({ description: 'Directions exactly as written.', examples: ['i po bid pc'] }),
    refills: z.number().int().min(0).meta({ description: 'Refills authorised.' }),
    refillsUsed: z.number().int().min(0).default(0).meta({ description: 'Refills already dispensed (for a refill request).' }),
    request: z.enum(['new', 'refill']).default('new').meta({ description: 'A new prescription, or a refill of one on file.' }),
    daw: z.number().int().min(0).max(9).default(0).meta({ description: 'Dispense-as-written code (0–9).' }),
    signed: z.boolean().default(true),
    alterations: z.array(alteration).default([]).meta({ description: 'Visible signs that the prescription was changed.' }),
    earliestFillDate: isoDate.optional().meta({ description: 'For C-II multiple prescriptions: do not fill before this date.' }),
    indication: text.optional(),
    shortage: z
      .strictObject({
        resolution: z.enum(SHORTAGE_RESOLUTIONS).meta({
          description:
            'What is right when the shelf holds less than the quantity: partialFill (dispense what is on hand and owe the balance), orderTomorrow (the pharmacist holds the prescription until the order arrives), or transfer (the pharmacist transfers it to a pharmacy that has it).',
        }),
      })
      .optional()
      .meta({ description: 'When the stock on hand (stock[product].onHand) is less than the quantity: what the pharmacist decides.' }),
    reconstitute: z.boolean().default(false).meta({
      description:
        "True when the stock bottle is a powder the technician makes up with water before measuring; the product's reconstitution facts in the catalog apply.",
    }),
    copay: z
      .number()
      .min(0)
      .optional()
      .meta({ description: 'What the patient pays for this prescription at the register, in dollars (used with `register`).' }),
  })
  .meta({ title: 'Prescription', description: 'One prescription as the patient presents it.' });

const reply = z
  .strictObject({
    text: localText.meta({ description: 'What the technician says, shown as plain text.' }),
    refers: z
      .boolean()
      .meta({ description: 'True when this reply hands the question to the pharmacist; false when the technician answers it.' }),
  })
  .meta({ title: 'Reply', description: 'One reply the technician may give to a question.' });

const line = z
  .strictObject({
    id: slug,
    text: localText.meta({ description: 'What the person says, shown as plain text.' }),
    question: z.boolean().default(false).meta({ description: 'True when the line asks something the technician must respond to.' }),
    pharmacistOnly: z.boolean().default(false).meta({ description: 'True for a clinical question only a pharmacist may answer.' }),
    technicianAnswer: localText.optional().meta({ description: 'For a non-clinical question: what a technician may say.' }),
    replies: z.array(reply).min(2).optional().meta({
      description:
        'The replies the technician chooses from, some in scope and some not. Without it the game offers replies built from the kind of question.',
    }),
    speaker: localText.optional().meta({
      description: 'Who says this line, when it is not the patient (a parent at the window); the line is labelled with it.',
      examples: ['Dana Whitfield (her mother)'],
    }),
  })
  .meta({ title: 'Dialogue line' });

const person = z.strictObject({ name: text, dateOfBirth: isoDate });

const lot = z
  .strictObject({
    lot: text.meta({ description: 'The lot number printed on the bottle.', examples: ['A4471'] }),
    expires: isoDate.meta({ description: 'The expiry date printed on the bottle.' }),
  })
  .meta({ title: 'Lot', description: 'One bottle of a product on the shelf, front of the shelf first.' });

const stockEntry = z
  .strictObject({
    onHand: z.number().min(0).optional().meta({
      description: "How much is on hand, in the product's dispense unit; omitted, there is plenty.",
    }),
    lots: z.array(lot).default([]).meta({
      description: 'The bottles on the shelf, front first; the student takes the front one unless they choose. Empty: no lot is shown.',
    }),
    storage: z.enum(STORAGE_PLACES).default('room').meta({ description: 'Where the stock is kept.' }),
    reorderPoint: z.number().min(0).optional().meta({ description: 'The count at which the product is reordered.' }),
  })
  .meta({ title: 'Stock', description: 'What the pharmacy has of one shelf product.' });

const statedIdentity = z
  .strictObject({
    name: text.optional().meta({ description: 'The name as the person says it.' }),
    dateOfBirth: isoDate.optional().meta({ description: 'The date of birth as the person says it aloud.' }),
  })
  .meta({ title: 'Stated identity' });

/** The kinds of phone call a technician takes. */
export const CALL_KINDS = ['refill', 'newPrescription', 'transfer', 'clinicalQuestion'] as const;

const call = z
  .strictObject({
    kind: z.enum(CALL_KINDS).meta({
      description:
        "refill: a patient asks for a refill of the prescription; newPrescription: a prescriber's office calls one in; transfer: another pharmacy asks for it; clinicalQuestion: a patient asks about it.",
    }),
    caller: text.meta({ description: 'Who is calling, as the phone panel shows it.', examples: ["Dr. Okafor's office (Tanya)"] }),
    says: text.meta({ description: 'What the caller says, shown as plain text.' }),
    emergency: z
      .boolean()
      .default(false)
      .meta({ description: 'For a phoned-in C-II: true when the prescriber says it is an emergency (the pharmacist may then take it).' }),
  })
  .meta({
    title: 'Phone call',
    description: 'The call this encounter is, when it arrives by phone; the first prescription is what it is about.',
  });

const register = z
  .strictObject({
    shownTotal: z.number().min(0).optional().meta({
      description:
        "What the register screen shows as the total; when it is not what the bags' copays add up to, the student must catch it. Omitted, the register shows the right total.",
    }),
    otherBag: z
      .strictObject({
        name: text.meta({ description: "The other patient's name on the bag.", examples: ['Fatima Al-Sayyid'] }),
        dateOfBirth: isoDate.meta({ description: "The other patient's date of birth on the bag.", examples: ['1958-11-02'] }),
        drug: text.meta({ description: 'What is in the bag, as its label says.', examples: ['Montelukast 10 mg tablet'] }),
      })
      .optional()
      .meta({ description: "A bag in will-call for another patient (a similar name) that has been pulled with this patient's bags." }),
  })
  .meta({
    title: 'Register',
    description:
      'Facts for the register at pick-up: collect the copays, get the signature, check photo ID for a controlled substance where the state requires it. Without it the pick-up has no register step.',
  });

/** One patient encounter. */
export const encounterSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('encounter'),
    id: slug,
    title: localText,
    type: z.enum(['fill', 'catch', 'handoff', 'mistake', 'claim', 'receive']).meta({
      description:
        'fill: clean; catch: something must be stopped; handoff: a clinical question; mistake: an earlier error to own and report; claim: an insurance claim to bill and answer (needs patient.insurance.planId); receive: a wholesaler delivery (needs "delivery", no prescriptions).',
    }),
    channel: z
      .enum(['counter', 'phone', 'backRoom'])
      .default('counter')
      .meta({ description: 'How the work arrives: a person at the counter, a phone call, or a back-room task such as a delivery.' }),
    summary: localText.optional().meta({
      description:
        "The author's summary, for the instructor and the report; it may name the problem, so the student's menu does not show it.",
    }),
    studentSummary: localText.optional().meta({
      description:
        'What the student reads in the menu; must not give the problem away. Without it the menu says who comes to the counter and with how many prescriptions.',
    }),
    difficulty: z.enum(['introductory', 'intermediate', 'advanced']).default('introductory'),
    estimatedMinutes: z.number().positive().default(5),
    learningObjectives: z.array(localText).default([]),
    today: isoDate.meta({ description: "The scenario's date; the rules never read the real clock." }),
    parameters: parametersSchema.prefault({}),
    patient,
    prescriptions: z.array(prescription).meta({
      description: 'The prescriptions brought in: at least one, except for a delivery (type "receive"), which has none.',
    }),
    dialogue: z.strictObject({ dropOff: z.array(line).default([]), pickUp: z.array(line).default([]) }).prefault({}),
    presenter: person
      .optional()
      .meta({ description: 'Who comes to the pick-up window, when it is not the patient (a wrong-patient case).' }),
    call: call.optional().meta({ description: 'The phone call, for an encounter that arrives by phone (channel "phone").' }),
    register: register.optional(),
    dropOffIdentity: statedIdentity.optional().meta({
      description:
        "What the person at drop-off says when asked for their name and date of birth, when it is not what the profile shows; omitted, they give the profile's. A disagreement with the profile or a prescription is PATIENT_MISMATCH.",
    }),
    shelf: z
      .array(productRef)
      .min(1)
      .meta({ description: 'Stock on the shelf, in shelf order; put look-alikes beside the right product.' }),
    errorDiscovered: errorDiscoveredSchema.optional().meta({
      description:
        'An earlier fill that went wrong and comes to light now: the prescriptions are not filled again; the technician tells the pharmacist, keeps the wrong product, contacts the patient if it reached them, and files an error report.',
    }),
    stock: z.record(productRef, stockEntry).default({}).meta({
      description: 'Stock per shelf product (count on hand, lots with expiry dates, storage); a product not listed has plenty, in date.',
    }),
    plans: z.array(planSchema).default([]).meta({
      description: 'Plans used only by this file; a plan with the id of a catalog plan replaces it for this encounter.',
    }),
    localProducts: z.array(productSchema).default([]).meta({ description: 'Products used only by this file.' }),
    intent: z
      .strictObject({
        findings: z
          .array(z.strictObject({ code: z.enum(FINDING_CODES), rx: slug.optional() }))
          .default([])
          .meta({ description: 'The findings the author planted; the checker warns when the rules disagree.' }),
        teachingNotes: z
          .partialRecord(z.enum([...STEPS, ...FINDING_CODES]), localText)
          .default({})
          .meta({
            description:
              "A teaching note per step (added to that step's feedback) or per finding code (added to the feedback about that finding, wherever it is judged). A step's note goes with a finding's feedback only when every finding at that step has that code.",
          }),
      })
      .prefault({}),
    delivery: deliverySchema.optional().meta({
      description: 'A wholesaler delivery to receive, for type "receive"; the patient profile is not shown.',
    }),
  })
  .meta({ title: 'TechShift encounter', description: 'One patient at the pharmacy counter.' });

export type EncounterInput = z.input<typeof encounterSchema>;
export type Encounter = z.output<typeof encounterSchema>;
export type Prescription = Encounter['prescriptions'][number];
export type Patient = Encounter['patient'];
export type DialogueLine = Encounter['dialogue']['dropOff'][number];
/** A phone call's facts. */
export type Call = NonNullable<Encounter['call']>;
/** One kind of phone call. */
export type CallKind = (typeof CALL_KINDS)[number];
