import { SCENARIO_LANGUAGES, type LocalText, type Product } from '../core';

/**
 * A neutral menu line, as a code the UI puts into words (`library.*` in the catalogues): who
 * comes to the counter with how many prescriptions, or how many patients a shift has and when it
 * starts. Built from the file, never from the author's summary, which may name the problem to catch.
 */
export type NeutralText =
  { kind: 'encounter'; patient: string | null; prescriptions: number } | { kind: 'shift'; patients: number; startsAt: string | null };

/** What the student reads about an encounter before playing it, when its author wrote no student-facing line. */
export function neutralEncounterText(raw: Record<string, unknown>): NeutralText {
  const patient = (raw.patient ?? {}) as Record<string, unknown>;
  const name = [patient.firstName, patient.lastName].filter((x) => typeof x === 'string').join(' ');
  const prescriptions = Array.isArray(raw.prescriptions) ? raw.prescriptions.length : 0;
  return { kind: 'encounter', patient: name || null, prescriptions };
}

/**
 * A text field read straight from a file's JSON, before the checker has seen it: a non-blank
 * string, or a map of languages to non-blank strings; anything else is not text.
 */
export function authoredText(value: unknown): LocalText | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const map: Partial<Record<(typeof SCENARIO_LANGUAGES)[number], string>> = {};
  for (const language of SCENARIO_LANGUAGES) {
    const v = (value as Record<string, unknown>)[language];
    if (typeof v === 'string' && v.trim() !== '') map[language] = v;
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

/** The difficulty levels an encounter file may give. */
const LEVELS = ['introductory', 'intermediate', 'advanced'] as const;

/** The short note beside a menu entry, as a code the UI words (`library.detail.*`): a shift's size, an encounter's difficulty, or a file that cannot be read. */
export type EntryDetail =
  { kind: 'patients'; count: number } | { kind: 'difficulty'; level: (typeof LEVELS)[number] } | { kind: 'unreadable' };

/** The note for a file's JSON: the difficulty only for an encounter, since its type (fill, catch, hand-off) would give the answer away. */
export function entryDetail(raw: Record<string, unknown>, kind: 'encounter' | 'shift'): EntryDetail | null {
  if (kind === 'shift') return Array.isArray(raw.encounters) ? { kind: 'patients', count: raw.encounters.length } : null;
  const level = LEVELS.find((l) => l === raw.difficulty);
  return level ? { kind: 'difficulty', level } : null;
}

/** What the student reads about a shift: how many patients and when it starts, never the author's summary. */
export function neutralShiftText(raw: Record<string, unknown>): NeutralText {
  const patients = Array.isArray(raw.encounters) ? raw.encounters.length : 0;
  return { kind: 'shift', patients, startsAt: typeof raw.startsAt === 'string' ? raw.startsAt : null };
}

const ANTIBIOTIC_CLASSES = new Set([
  'penicillin',
  'cephalosporin',
  'macrolide',
  'fluoroquinolone',
  'tetracycline',
  'sulfonamide-antibiotic',
]);
const SOLID_FORMS = new Set(['tablet', 'tablet-er', 'capsule', 'capsule-er']);

/** The library topics, in the order the menu lists them (named in the catalogues, `menu.topics.<topic>`). */
export const TOPICS = ['tablets', 'antibiotics', 'liquids', 'controlled'] as const;
export type Topic = (typeof TOPICS)[number];

/** The topic an encounter is listed under, from the first product it prescribes (what is dispensed, not what goes wrong). */
export function topicOf(product: Product | undefined): Topic {
  if (!product) return 'tablets';
  if (product.schedule !== null && product.schedule !== undefined) return 'controlled';
  if (!SOLID_FORMS.has(product.form)) return 'liquids';
  if ((product.allergyClasses ?? []).some((c) => ANTIBIOTIC_CLASSES.has(c))) return 'antibiotics';
  return 'tablets';
}
