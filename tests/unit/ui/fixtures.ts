import { productSchema, type Product } from '../../../src/core/scenario/catalogSchema';
import { encounterSchema, type EncounterInput } from '../../../src/core/scenario/encounterSchema';
import type { ResolvedEncounter } from '../../../src/core/scenario/resolve';
import type { Result } from '../../../src/core/engine/results';

/** Products used by the fixtures: a clean fill, its look-alike neighbour, an inhaler and a suspension. */
export const PRODUCTS: Product[] = [
  {
    id: 'lisinopril-10-tab',
    generic: 'lisinopril',
    brand: 'Zestril',
    strength: '10 mg',
    form: 'tablet',
    dispenseUnit: 'tablet',
    ndc: '68180-0513-01',
    packageSize: 100,
    therapeuticClass: 'ace-inhibitor',
    classes: ['ace-inhibitor'],
  },
  {
    id: 'lisinopril-20-tab',
    generic: 'lisinopril',
    brand: 'Zestril',
    strength: '20 mg',
    form: 'tablet',
    dispenseUnit: 'tablet',
    ndc: '68180-0514-01',
    packageSize: 100,
    therapeuticClass: 'ace-inhibitor',
    classes: ['ace-inhibitor'],
  },
  {
    id: 'hydroxyzine-25-tab',
    generic: 'hydroxyzine hcl',
    tallMan: 'hydrOXYzine',
    strength: '25 mg',
    form: 'tablet',
    dispenseUnit: 'tablet',
    ndc: '0591-5335-01',
    packageSize: 100,
    therapeuticClass: 'antihistamine',
    lookAlikes: ['hydralazine-25-tab'],
    auxiliaryLabels: ['May cause drowsiness'],
  },
  {
    id: 'hydralazine-25-tab',
    generic: 'hydralazine hcl',
    tallMan: 'hydrALAZINE',
    strength: '25 mg',
    form: 'tablet',
    dispenseUnit: 'tablet',
    ndc: '23155-0001-01',
    packageSize: 100,
    therapeuticClass: 'vasodilator',
    lookAlikes: ['hydroxyzine-25-tab'],
  },
  {
    id: 'albuterol-hfa',
    generic: 'albuterol sulfate',
    brand: 'ProAir HFA',
    strength: '90 mcg/puff',
    form: 'inhaler',
    dispenseUnit: 'puff',
    ndc: '59310-0579-22',
    packageSize: 200,
    therapeuticClass: 'beta-agonist',
    auxiliaryLabels: ['Shake well before use'],
  },
  {
    id: 'amoxicillin-400-susp',
    generic: 'amoxicillin',
    strength: '400 mg/5 mL',
    form: 'oral-suspension',
    dispenseUnit: 'mL',
    ndc: '0093-4161-73',
    packageSize: 100,
    therapeuticClass: 'penicillin',
    allergyClasses: ['penicillin'],
    auxiliaryLabels: ['Shake well', 'Refrigerate', 'Finish all of this medication'],
  },
].map((p) => productSchema.parse(p));

/** A clean lisinopril fill for Maria Lopez, with one pick-up question of each kind. */
export function fillInput(): EncounterInput {
  return {
    kind: 'encounter',
    id: 'fill-lisinopril',
    title: 'A new blood-pressure prescription',
    type: 'fill',
    today: '2026-03-14',
    patient: {
      firstName: 'Maria',
      lastName: 'Lopez',
      dateOfBirth: '1961-04-12',
      address: '14 Alder Street, Springfield, IL 62704',
      allergies: [],
      fillHistory: [{ product: 'lisinopril-10-tab', date: '2026-01-10', quantity: 30, daysSupply: 30 }],
    },
    prescriptions: [
      {
        id: 'rx1',
        channel: 'written',
        patientName: 'Maria Lopez',
        patientDateOfBirth: '1961-04-12',
        prescriber: {
          firstName: 'Alan',
          lastName: 'Baker',
          credentials: 'MD',
          practice: 'Springfield Family Medicine',
          dea: 'AB1234563',
          npi: '1234567893',
        },
        dateWritten: '2026-03-10',
        product: 'lisinopril-10-tab',
        drugAsWritten: 'Lisinopril 10 mg tab',
        quantity: 30,
        sig: '1 tab po qam',
        refills: 2,
      },
    ],
    dialogue: {
      pickUp: [
        { id: 'copay', text: 'How much do I owe today?', question: true, technicianAnswer: 'Your copay is $5.' },
        { id: 'ibuprofen', text: 'Can I take ibuprofen with this?', question: true, pharmacistOnly: true },
      ],
    },
    shelf: ['lisinopril-20-tab', 'lisinopril-10-tab', 'hydroxyzine-25-tab', 'hydralazine-25-tab', 'albuterol-hfa', 'amoxicillin-400-susp'],
  };
}

/** Parses an encounter input (schema defaults applied) and joins it with the fixture products. */
export function resolveFixture(input: EncounterInput = fillInput()): ResolvedEncounter {
  const encounter = encounterSchema.parse(input);
  return { ...encounter, products: new Map(PRODUCTS.map((p) => [p.id, p])), source: 'tests/fixture.json' };
}

/** A forged DEA number that reached the pharmacist: the critical error the toast and the report both show. */
export const MISSED_FORGED_DEA: Result = {
  code: 'miss.DEA_INVALID',
  params: {
    via: 'verification',
    findings: [
      {
        code: 'DEA_INVALID',
        rx: 'rx1',
        step: 'intake',
        params: { dea: 'AB1234560', format: false, checkDigit: { expected: 3, shown: '0' } },
      },
    ],
  },
  finding: 'DEA_INVALID',
  step: 'verify',
  rx: 'rx1',
  skill: 'safety',
  outcome: 'critical',
  points: -10,
  maxPoints: 20,
  actionIndex: 9,
};
