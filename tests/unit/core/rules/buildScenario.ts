import { z } from 'zod';
import { productSchema, type Product } from '../../../../src/core/scenario/catalogSchema';
import { encounterSchema, type EncounterInput, type Prescription } from '../../../../src/core/scenario/encounterSchema';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import type { Finding } from '../../../../src/core/findings/codes';
import { renderFinding } from '../../../../src/core/wording';

type ProductInput = z.input<typeof productSchema>;
type RxInput = EncounterInput['prescriptions'][number];
type PatientInput = EncounterInput['patient'];

/** The date every test scenario is set on, unless it says otherwise. */
export const TODAY = '2026-03-14';

let ndc = 0;
/** A catalog product with a unique illustrative NDC and the schema's defaults filled in. */
export function product(spec: Omit<ProductInput, 'ndc' | 'packageSize' | 'form' | 'dispenseUnit'> & Partial<ProductInput>): Product {
  ndc += 1;
  return productSchema.parse({
    form: 'tablet',
    dispenseUnit: 'tablet',
    packageSize: 100,
    ndc: `99999-${String(ndc).padStart(4, '0')}-01`,
    ...spec,
  });
}

const nsaid = { classes: ['nsaid'], allergyClasses: ['nsaid'], therapeuticClass: 'nsaid' };
const bleeding = { with: 'nsaid', severity: 'major', effect: 'bleeding' } as const;

/** A tiny inline catalog, independent of scenarios/catalog (domain reference §3, §8, §9). */
export const TEST_PRODUCTS: readonly Product[] = [
  product({
    id: 'lisinopril-10-tab',
    generic: 'lisinopril',
    strength: '10 mg',
    therapeuticClass: 'ace-inhibitor',
    classes: ['ace-inhibitor'],
  }),
  product({ id: 'losartan-50-tab', generic: 'losartan', strength: '50 mg', therapeuticClass: 'arb' }),
  product({ id: 'enalapril-10-tab', generic: 'enalapril', strength: '10 mg', therapeuticClass: 'ace-inhibitor' }),
  product({
    id: 'amoxicillin-500-cap',
    generic: 'amoxicillin',
    brand: 'Amoxil',
    strength: '500 mg',
    form: 'capsule',
    dispenseUnit: 'capsule',
    therapeuticClass: 'penicillin',
    allergyClasses: ['penicillin'],
  }),
  product({
    id: 'ampicillin-500-cap',
    generic: 'ampicillin',
    strength: '500 mg',
    form: 'capsule',
    dispenseUnit: 'capsule',
    therapeuticClass: 'penicillin',
    allergyClasses: ['penicillin'],
  }),
  product({
    id: 'cephalexin-500-cap',
    generic: 'cephalexin',
    brand: 'Keflex',
    strength: '500 mg',
    form: 'capsule',
    dispenseUnit: 'capsule',
    therapeuticClass: 'cephalosporin',
    allergyClasses: ['cephalosporin'],
    crossSensitivity: ['penicillin'],
  }),
  product({
    id: 'smx-tmp-ds-tab',
    generic: 'sulfamethoxazole/trimethoprim',
    brand: 'Bactrim DS',
    strength: '800 mg/160 mg',
    therapeuticClass: 'sulfonamide-antibiotic',
    allergyClasses: ['sulfonamide-antibiotic'],
    interactions: [{ with: 'warfarin', severity: 'major', effect: 'raised INR' }],
  }),
  product({ id: 'ferrous-sulfate-325-tab', generic: 'ferrous sulfate', strength: '325 mg', therapeuticClass: 'iron-supplement' }),
  product({
    id: 'morphine-15-tab',
    generic: 'morphine sulfate',
    strength: '15 mg',
    schedule: 'II',
    therapeuticClass: 'opioid',
    classes: ['opioid'],
    allergyClasses: ['opioid'],
  }),
  product({
    id: 'oxycodone-5-tab',
    generic: 'oxycodone',
    tallMan: 'oxyCODONE',
    strength: '5 mg',
    schedule: 'II',
    therapeuticClass: 'opioid',
    classes: ['opioid'],
    interactions: [{ with: 'benzodiazepine', severity: 'major', effect: 'breathing slowed dangerously' }],
  }),
  product({
    id: 'apap-codeine-300-30-tab',
    generic: 'acetaminophen/codeine',
    brand: 'Tylenol with Codeine #3',
    strength: '300 mg/30 mg',
    schedule: 'III',
    therapeuticClass: 'opioid',
    classes: ['opioid'],
  }),
  product({
    id: 'alprazolam-05-tab',
    generic: 'alprazolam',
    tallMan: 'ALPRAZolam',
    strength: '0.5 mg',
    schedule: 'IV',
    therapeuticClass: 'benzodiazepine',
    classes: ['benzodiazepine'],
    lookAlikes: ['lorazepam-05-tab'],
  }),
  product({
    id: 'lorazepam-05-tab',
    generic: 'lorazepam',
    tallMan: 'LORazepam',
    strength: '0.5 mg',
    schedule: 'IV',
    therapeuticClass: 'benzodiazepine',
    classes: ['benzodiazepine'],
  }),
  product({
    id: 'pregabalin-75-cap',
    generic: 'pregabalin',
    strength: '75 mg',
    form: 'capsule',
    dispenseUnit: 'capsule',
    schedule: 'V',
    therapeuticClass: 'anticonvulsant',
  }),
  product({
    id: 'warfarin-5-tab',
    generic: 'warfarin',
    brand: 'Coumadin',
    strength: '5 mg',
    therapeuticClass: 'anticoagulant',
    classes: ['anticoagulant'],
    interactions: [bleeding],
  }),
  product({
    id: 'warfarin-1-tab',
    generic: 'warfarin',
    strength: '1 mg',
    therapeuticClass: 'anticoagulant',
    classes: ['anticoagulant'],
    interactions: [bleeding],
  }),
  product({ id: 'ibuprofen-800-tab', generic: 'ibuprofen', strength: '800 mg', ...nsaid }),
  product({ id: 'naproxen-500-tab', generic: 'naproxen', strength: '500 mg', ...nsaid }),
  product({
    id: 'simvastatin-40-tab',
    generic: 'simvastatin',
    strength: '40 mg',
    therapeuticClass: 'statin',
    interactions: [{ with: 'amlodipine', severity: 'moderate', effect: 'muscle damage' }],
  }),
  product({ id: 'amlodipine-5-tab', generic: 'amlodipine', strength: '5 mg', therapeuticClass: 'calcium-channel-blocker' }),
  product({
    id: 'hydroxyzine-25-tab',
    generic: 'hydroxyzine',
    tallMan: 'hydrOXYzine',
    strength: '25 mg',
    therapeuticClass: 'antihistamine',
    lookAlikes: ['hydralazine-25-tab'],
  }),
  product({
    id: 'hydralazine-25-tab',
    generic: 'hydralazine',
    tallMan: 'hydrALAZINE',
    strength: '25 mg',
    therapeuticClass: 'vasodilator',
    lookAlikes: ['hydroxyzine-25-tab'],
  }),
  product({ id: 'metformin-500-tab', generic: 'metformin', tallMan: 'metFORMIN', strength: '500 mg', therapeuticClass: 'biguanide' }),
];

/** What a test changes from the clean default encounter. */
export interface ScenarioSpec {
  today?: string;
  parameters?: EncounterInput['parameters'];
  patient?: Partial<PatientInput>;
  /** Each entry overrides the clean default prescription (prescriber field by field); ids default to rx1, rx2, … */
  prescriptions?: (Partial<Omit<RxInput, 'prescriber'>> & { prescriber?: Partial<RxInput['prescriber']> })[];
  dialogue?: EncounterInput['dialogue'];
  presenter?: EncounterInput['presenter'];
  dropOffIdentity?: EncounterInput['dropOffIdentity'];
  shelf?: string[];
}

/** A clean, signed, in-date lisinopril prescription for Maria Lopez by Dr. Alan Brown (DEA AB1234563). */
export function defaultRx(i: number): RxInput {
  return {
    id: `rx${i + 1}`,
    channel: 'written',
    patientName: 'Maria Lopez',
    patientDateOfBirth: '1961-07-04',
    patientAddress: '14 Alder Street, Springfield, IL 62704',
    prescriber: {
      firstName: 'Alan',
      lastName: 'Brown',
      credentials: 'MD',
      address: '200 Main St, Springfield, IL',
      dea: 'AB1234563',
      npi: '1234567893',
    },
    dateWritten: '2026-03-10',
    product: 'lisinopril-10-tab',
    drugAsWritten: 'Lisinopril 10 mg',
    quantity: 30,
    sig: 'i po daily',
    refills: 2,
  };
}

/** A resolved encounter (the shape the rules take) from a partial spec and TEST_PRODUCTS. */
export function buildScenario(spec: ScenarioSpec = {}): ResolvedEncounter {
  const prescriptions = (spec.prescriptions ?? [{}]).map((over, i) => {
    const base = defaultRx(i);
    return { ...base, ...over, prescriber: { ...base.prescriber, ...over.prescriber } };
  });
  const encounter = encounterSchema.parse({
    kind: 'encounter',
    id: 'test-encounter',
    title: 'Test encounter',
    type: 'fill',
    today: spec.today ?? TODAY,
    parameters: spec.parameters ?? {},
    patient: {
      firstName: 'Maria',
      lastName: 'Lopez',
      dateOfBirth: '1961-07-04',
      address: '14 Alder Street, Springfield, IL 62704',
      allergies: [],
      ...spec.patient,
    },
    prescriptions,
    dialogue: spec.dialogue ?? {},
    presenter: spec.presenter,
    dropOffIdentity: spec.dropOffIdentity,
    shelf: spec.shelf ?? [...new Set(prescriptions.map((p) => p.product!))],
  } satisfies EncounterInput);
  const products = new Map(TEST_PRODUCTS.map((p) => [p.id, p]));
  const used = [
    ...encounter.shelf,
    ...encounter.prescriptions.map((p) => p.product),
    ...encounter.patient.medications.map((m) => m.product),
    ...encounter.patient.fillHistory.map((f) => f.product),
  ];
  for (const id of used) if (!products.has(id)) throw new Error(`test product ${id} is not in TEST_PRODUCTS`);
  return { ...encounter, products, source: 'buildScenario' };
}

/** The prescription with this id (rx1 by default). */
export function rxOf(scenario: ResolvedEncounter, id = 'rx1'): Prescription {
  const rx = scenario.prescriptions.find((p) => p.id === id);
  if (!rx) throw new Error(`no prescription ${id}`);
  return rx;
}

/** A finding as the student reads it: where it belongs and its sentence from the English catalogue (params left out). */
export type WordedFinding = Omit<Finding, 'params'> & { detail: string };

/** Findings in words, so a test can assert the sentence the student sees. */
export function worded(list: readonly Finding[]): WordedFinding[] {
  return list.map(({ params: _params, ...place }) => ({
    ...place,
    detail: renderFinding({ code: place.code, params: _params } as Finding, 'en'),
  }));
}

/** A rule whose findings come back in words. */
export function inWords<A extends unknown[]>(rule: (...args: A) => Finding[]): (...args: A) => WordedFinding[] {
  return (...args) => worded(rule(...args));
}
