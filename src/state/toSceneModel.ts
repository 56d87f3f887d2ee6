import type { BenchText, PatientFigure, SceneModel, ShelfBottle } from '../scene/sceneContract';
import { fullProductName, labelName } from './productNames';
import type { Typing } from './uiSlice';
import {
  DEFAULT_LABEL_LANGUAGE,
  type ClaimResponse,
  rejectMessage,
  rejectOf,
  type EncounterState,
  isSigError,
  onHand,
  parseSig,
  type LabelLanguage,
  type Product,
  renderSig,
  type ResolvedEncounter,
  type SigUnit,
} from '../core';

const CONTAINER: Record<Product['form'], ShelfBottle['container']> = {
  tablet: 'bottle',
  'tablet-er': 'bottle',
  capsule: 'bottle',
  'capsule-er': 'bottle',
  'oral-solution': 'bottle',
  'oral-suspension': 'bottle',
  'ophthalmic-solution': 'dropper',
  'otic-solution': 'dropper',
  'nasal-spray': 'bottle',
  inhaler: 'inhaler',
  'insulin-vial': 'vial',
  'insulin-pen': 'box',
  cream: 'tube',
  ointment: 'tube',
  patch: 'box',
  suppository: 'box',
};

// Manufacturers' trade dress: look-alikes often share colours, which is the point of the exercise.
const BANDS = ['#2f6db3', '#c2452d', '#2e8b57', '#d08a1e', '#7b4fa0', '#1f8a99', '#b03a6f', '#5a6b2f'];

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** The shelf in scenario order, as the 3D view draws it. */
export function shelfBottles(scenario: ResolvedEncounter): ShelfBottle[] {
  return scenario.shelf.flatMap((id) => {
    const p = scenario.products.get(id);
    if (!p) return [];
    return [
      {
        productId: p.id,
        labelName: labelName(p),
        strength: p.strength,
        form: p.form,
        ndc: p.ndc,
        container: CONTAINER[p.form],
        capColour: BANDS[hash(p.generic) % BANDS.length] ?? '#2f6db3',
        ...(onHand(scenario, p.id) === 0 ? { empty: true } : {}),
      },
    ];
  });
}

type Place = PatientFigure['place'];

/** A scenario's patient as a figure: their look as the file describes it, with defaults for what it leaves out. */
export function patientFigure(id: string, patient: ResolvedEncounter['patient'], place: Place): PatientFigure {
  const look = patient.appearance;
  return {
    id,
    displayName: `${patient.firstName} ${patient.lastName}`,
    height: look?.height ?? 1.7,
    shirtColour: look?.shirtColour ?? '#4f7cac',
    skinTone: look?.skinTone ?? '#c68e6a',
    hairColour: look?.hairColour ?? '#3b2a20',
    place,
  };
}

/** The patient (and anyone else who comes for the bag) and where they stand now. */
export function patientFigures(scenario: ResolvedEncounter, encounter: EncounterState | null): PatientFigure[] {
  const { patient, presenter } = scenario;
  const statuses = Object.values(encounter?.rx ?? {}).map((r) => r.status);
  const done = encounter?.complete || encounter?.handedOut;
  // The bag is ready once every prescription is bagged or with the pharmacist.
  const atPickup = statuses.length > 0 && statuses.every((s) => s === 'verified' || s === 'held');
  // A caller is on the phone, not in the pharmacy; a delivery has nobody at the window.
  const patientPlace: Place = done || scenario.call || scenario.delivery ? 'gone' : !atPickup ? 'dropoff' : presenter ? 'gone' : 'pickup';
  const figures: PatientFigure[] = [patientFigure('patient', patient, patientPlace)];
  if (presenter) {
    const h = hash(presenter.name);
    figures.push({
      id: 'presenter',
      displayName: presenter.name,
      height: 1.55 + (h % 35) / 100,
      shirtColour: BANDS[h % BANDS.length] ?? '#7b4fa0',
      skinTone: ['#8d5a3b', '#e0b08a', '#c68e6a', '#5e3a24'][h % 4] ?? '#c68e6a',
      hairColour: ['#2a1d16', '#6b4a2b', '#a8a8a8', '#d9b36c'][(h >> 3) % 4] ?? '#2a1d16',
      place: done ? 'gone' : atPickup ? 'pickup' : 'queue',
    });
  }
  return figures;
}

/** Everything the scene model is made from. */
export interface SceneInputs {
  station: SceneModel['station'];
  scenario: ResolvedEncounter | null;
  encounter: EncounterState | null;
  selectedRxId: string | null;
  tray: number;
  typing: Typing | null;
  lastActionType: string | null;
  reducedMotion: boolean;
  quality: SceneModel['quality'];
}

const SIG_UNIT: Partial<Record<Product['dispenseUnit'], SigUnit>> = {
  tablet: 'tablet',
  capsule: 'capsule',
  mL: 'mL',
  g: 'g',
  puff: 'puff',
  drop: 'drop',
  unit: 'unit',
};

/** Directions as the patient reads them, in the label language the student chose, or the typed sig when it cannot be read. */
function patientDirections(sig: string, product: Product | undefined, language: LabelLanguage): string {
  const unit = product ? SIG_UNIT[product.dispenseUnit] : undefined;
  const parsed = parseSig(sig, unit ? { defaultUnit: unit } : {});
  return isSigError(parsed) ? sig : renderSig(parsed, language);
}

const NO_TEXT: readonly string[] = [];

/** The plan's answer as the claim screen's last line: PAID with the copay, or the reject code and message. */
function claimLine(response: ClaimResponse): string {
  const reject = rejectOf(response);
  return response.status === 'paid'
    ? `Claim: PAID, copay $${response.copay.toFixed(2)}`
    : `Claim: REJECT ${reject!.code} ${rejectMessage(reject!)}`;
}

/** The monitor and the label for the prescription being worked on, from what the student typed and entered. */
export function benchText(i: Pick<SceneInputs, 'scenario' | 'encounter' | 'selectedRxId' | 'typing'>): BenchText {
  const rx = i.selectedRxId ? i.encounter?.rx[i.selectedRxId] : undefined;
  const entry = rx?.entry ?? null;
  const product = (id: string | null | undefined) => (id ? i.scenario?.products.get(id) : undefined);
  const entered = product(entry?.productId);
  const typed: Typing | null =
    i.typing ??
    (entry ? { drug: entered ? fullProductName(entered) : entry.productId, sig: entry.sig, quantity: String(entry.quantity) } : null);
  const claim = !i.typing && rx?.claim ? [claimLine(rx.claim.response)] : NO_TEXT;
  const monitor = typed ? [`Drug: ${typed.drug}`, `Sig: ${typed.sig}`, `Qty: ${typed.quantity}`, ...claim] : NO_TEXT;
  const patient = i.scenario?.patient;
  const label =
    entry && patient
      ? [
          `${patient.firstName} ${patient.lastName}`.toUpperCase(),
          patientDirections(entry.sig, entered, rx?.labelLanguage ?? DEFAULT_LABEL_LANGUAGE),
          entered ? fullProductName(entered) : entry.productId,
          `Qty ${entry.quantity}   RF ${entry.refills}`,
        ]
      : NO_TEXT;
  const held = product(rx?.selectedProductId) ?? entered;
  return { monitor, label, liquid: held?.dispenseUnit === 'mL' };
}

const shelfCache = new WeakMap<ResolvedEncounter, ShelfBottle[]>();

/** Builds the view model; the shelf array is shared per scenario so the 3D shelf never rebuilds needlessly. */
export function buildSceneModel(i: SceneInputs): SceneModel {
  let shelf: ShelfBottle[] = [];
  if (i.scenario) {
    shelf = shelfCache.get(i.scenario) ?? shelfBottles(i.scenario);
    shelfCache.set(i.scenario, shelf);
  }
  const rx = i.selectedRxId ? i.encounter?.rx[i.selectedRxId] : undefined;
  const picked = rx?.selectedProductId ? i.scenario?.products.get(rx.selectedProductId) : undefined;
  const countsPills = picked?.dispenseUnit === 'tablet' || picked?.dispenseUnit === 'capsule';
  return {
    station: i.station,
    shelf,
    pickedProductId: rx?.selectedProductId ?? null,
    trayCount: countsPills ? Math.floor(i.tray) : 0,
    patients: i.scenario ? patientFigures(i.scenario, i.encounter) : [],
    bench: benchText(i),
    pharmacistChecking: i.station === 'verify' && i.lastActionType === 'submitForVerification',
    phoneRinging: i.scenario?.call !== undefined && i.encounter?.complete !== true,
    reducedMotion: i.reducedMotion,
    quality: i.quality,
  };
}
