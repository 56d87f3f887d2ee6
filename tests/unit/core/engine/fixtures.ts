import type { z } from 'zod';
import { actions, stamp } from '../../../../src/core/engine/actionCreators';
import type { Action, RxEntry } from '../../../../src/core/engine/actions';
import { apply, replay, start } from '../../../../src/core/engine/engine';
import { expectedEntry } from '../../../../src/core/engine/expectedEntry';
import type { Result } from '../../../../src/core/engine/results';
import type { EncounterState } from '../../../../src/core/engine/state';
import type { FindingCode } from '../../../../src/core/findings/codes';
import { productSchema, type Product } from '../../../../src/core/scenario/catalogSchema';
import { encounterSchema, type EncounterInput } from '../../../../src/core/scenario/encounterSchema';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import { feedbackFor, renderResult, type FeedbackItem } from '../../../../src/core/wording';

type ProductInput = z.input<typeof productSchema>;
type RxInput = EncounterInput['prescriptions'][number];

let serial = 0;
/** An inline catalog product with a unique, well-formed NDC. */
function product(spec: Omit<ProductInput, 'ndc' | 'packageSize' | 'form' | 'dispenseUnit'> & Partial<ProductInput>): Product {
  serial += 1;
  return productSchema.parse({
    form: 'tablet',
    dispenseUnit: 'tablet',
    packageSize: 100,
    ndc: `88888-${String(serial).padStart(4, '0')}-01`,
    ...spec,
  });
}

const DROWSY = 'May cause drowsiness';
const TRANSFER = 'Caution: federal law prohibits transfer of this drug';

/** The engine tests' own small catalog (independent of scenarios/catalog, which others edit). */
export const PRODUCTS: readonly Product[] = [
  product({ id: 'lisinopril-10-tab', generic: 'lisinopril', tallMan: 'lisinopril', strength: '10 mg', therapeuticClass: 'ace-inhibitor' }),
  product({
    id: 'hydroxyzine-25-tab',
    generic: 'hydroxyzine',
    tallMan: 'hydrOXYzine',
    strength: '25 mg',
    therapeuticClass: 'antihistamine',
    lookAlikes: ['hydralazine-25-tab'],
    auxiliaryLabels: [DROWSY],
  }),
  product({ id: 'hydralazine-25-tab', generic: 'hydralazine', tallMan: 'hydrALAZINE', strength: '25 mg', therapeuticClass: 'vasodilator' }),
  product({
    id: 'amoxicillin-500-cap',
    generic: 'amoxicillin',
    strength: '500 mg',
    form: 'capsule',
    dispenseUnit: 'capsule',
    therapeuticClass: 'penicillin',
    allergyClasses: ['penicillin'],
    auxiliaryLabels: ['Finish all of this medication'],
  }),
  product({
    id: 'oxycodone-5-tab',
    generic: 'oxycodone',
    tallMan: 'oxyCODONE',
    strength: '5 mg',
    schedule: 'II',
    therapeuticClass: 'opioid',
    classes: ['opioid'],
    auxiliaryLabels: [DROWSY, TRANSFER],
  }),
  product({
    id: 'alprazolam-05-tab',
    generic: 'alprazolam',
    tallMan: 'ALPRAZolam',
    strength: '0.5 mg',
    schedule: 'IV',
    therapeuticClass: 'benzodiazepine',
    classes: ['benzodiazepine'],
    auxiliaryLabels: [DROWSY, TRANSFER],
  }),
  product({
    id: 'warfarin-5-tab',
    generic: 'warfarin',
    strength: '5 mg',
    therapeuticClass: 'anticoagulant',
    interactions: [{ with: 'nsaid', severity: 'major', effect: 'bleeding' }],
  }),
  product({
    id: 'ibuprofen-800-tab',
    generic: 'ibuprofen',
    strength: '800 mg',
    therapeuticClass: 'nsaid',
    classes: ['nsaid'],
    auxiliaryLabels: ['Take with food'],
  }),
  product({
    id: 'simvastatin-40-tab',
    generic: 'simvastatin',
    strength: '40 mg',
    therapeuticClass: 'statin',
    interactions: [{ with: 'amlodipine', severity: 'moderate', effect: 'muscle damage' }],
  }),
  product({ id: 'amlodipine-5-tab', generic: 'amlodipine', strength: '5 mg', therapeuticClass: 'calcium-channel-blocker' }),
  product({
    id: 'glargine-u100-vial',
    generic: 'insulin glargine',
    strength: '100 units/mL',
    form: 'insulin-vial',
    dispenseUnit: 'unit',
    packageSize: 1000,
    inUseDays: 28,
    therapeuticClass: 'insulin',
  }),
];

/** What a test changes from the clean one-lisinopril encounter. */
export interface Spec extends Partial<Omit<EncounterInput, 'prescriptions'>> {
  prescriptions?: (Partial<Omit<RxInput, 'prescriber'>> & { prescriber?: Partial<RxInput['prescriber']> })[];
}

/** A clean, complete prescription: lisinopril 10 mg #30, one daily, 2 refills. */
export function cleanRx(i: number): RxInput {
  return {
    id: `rx${i + 1}`,
    channel: 'written',
    patientName: 'Dana Whitfield',
    patientDateOfBirth: '1975-02-11',
    patientAddress: '9 Birch Lane, Springfield, IL 62704',
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
    drugAsWritten: 'Lisinopril 10 mg tabs',
    quantity: 30,
    sig: 'i po daily',
    refills: 2,
  };
}

/** A resolved encounter built from a partial spec and PRODUCTS, with the schema's defaults applied. */
export function scenario(spec: Spec = {}): ResolvedEncounter {
  const { prescriptions: rxSpecs, ...rest } = spec;
  const prescriptions = (rxSpecs ?? [{}]).map((over, i) => ({
    ...cleanRx(i),
    ...over,
    prescriber: { ...cleanRx(i).prescriber, ...over.prescriber },
  }));
  const encounter = encounterSchema.parse({
    kind: 'encounter',
    id: 'engine-test',
    title: 'Engine test',
    type: 'fill',
    today: '2026-03-14',
    patient: {
      firstName: 'Dana',
      lastName: 'Whitfield',
      dateOfBirth: '1975-02-11',
      address: '9 Birch Lane, Springfield, IL 62704',
      allergies: [],
    },
    shelf: PRODUCTS.map((p) => p.id),
    ...rest,
    prescriptions,
  });
  return { ...encounter, products: new Map(PRODUCTS.map((p) => [p.id, p])), source: 'engine-test' };
}

/** The entry an expert types for lisinopril 10 mg #30 daily. */
export const GOOD_ENTRY: RxEntry = { productId: 'lisinopril-10-tab', sig: 'i po daily', quantity: 30, daysSupply: 30, refills: 2, daw: 0 };

/** The core's action creators, stamped with a running clock, so tests read like the workflow. */
export const act = {
  identity: (stage: 'dropoff' | 'pickup' = 'dropoff'): Action => stamp(actions.confirmIdentity(stage), 1),
  accept: (rx = 'rx1'): Action => stamp(actions.acceptPrescription(rx), 2),
  enter: (entry: Partial<RxEntry> = {}, rx = 'rx1'): Action => stamp(actions.enterPrescription(rx, { ...GOOD_ENTRY, ...entry }), 3),
  select: (productId = 'lisinopril-10-tab', rx = 'rx1'): Action => stamp(actions.selectProduct(rx, productId), 4),
  putBack: (rx = 'rx1'): Action => stamp(actions.returnProduct(rx), 5),
  scan: (rx = 'rx1'): Action => stamp(actions.scanProduct(rx), 6),
  count: (quantity = 30, rx = 'rx1'): Action => stamp(actions.countProduct(rx, quantity), 7),
  label: (auxiliaryLabels: string[] = [], rx = 'rx1'): Action => stamp(actions.printLabel(rx, auxiliaryLabels), 8),
  submit: (rx = 'rx1'): Action => stamp(actions.submitForVerification(rx), 9),
  counsel: (): Action => stamp(actions.offerCounseling(), 10),
  respond: (question: string, response: 'answer' | 'refer'): Action => stamp(actions.respondToQuestion(question, response), 11),
  handOut: (): Action => stamp(actions.handOut(), 12),
  end: (): Action => stamp(actions.endEncounter(), 13),
  flag: (code: FindingCode, rx?: string): Action => stamp(actions.flagProblem(code, { rx }), 14),
};

/** The lisinopril fill up to (not including) verification. */
export const FILL_TO_LABEL: Action[] = [act.identity(), act.accept(), act.enter(), act.select(), act.scan(), act.count(), act.label()];

/** Replays a log and returns the state plus the results of the last action. */
export function run(s: ResolvedEncounter, log: readonly Action[]): { state: EncounterState; last: Result[] } {
  const before = replay(s, log.slice(0, -1));
  const lastAction = log[log.length - 1];
  if (lastAction === undefined) return { state: start(s), last: [] };
  const { state, results } = apply(before, lastAction);
  return { state, last: results };
}

/** The one result with this code among some results (fails the test loudly otherwise). */
export function only(results: readonly Result[], code: string): Result {
  const hits = results.filter((r) => r.code === code);
  if (hits.length !== 1) throw new Error(`expected one ${code}, got ${hits.length} in ${results.map((r) => r.code).join(', ')}`);
  return hits[0]!;
}

/** A result's detail as the student reads it, from the English catalogue. */
export const said = (result: Result): string => renderResult(result, 'en');

/** A result as the report shows it: the English catalogue's what / why / how, with the author's note for its step. */
export const feedback = (s: ResolvedEncounter, result: Result): FeedbackItem => feedbackFor(result, s, 'en');

/** The expert's actions for one prescription from acceptance to a labelled vial (no identity, no submit). */
export function fillToLabel(s: ResolvedEncounter, rx = 'rx1'): Action[] {
  const p = s.prescriptions.find((x) => x.id === rx)!;
  const { daysSupplyError: _ignored, ...want } = expectedEntry(s, p);
  return [
    act.accept(rx),
    act.enter({ ...want, daysSupply: want.daysSupply ?? 1 }, rx),
    act.select(p.product, rx),
    act.scan(rx),
    act.count(p.quantity, rx),
    act.label([...(s.products.get(p.product)?.auxiliaryLabels ?? [])], rx),
  ];
}
