import { SCENARIO_LANGUAGES, type LocalText, type Product } from '../core';

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const counted = (n: number, one: string, many: string) => `${COUNT_WORDS[n] ?? String(n)} ${n === 1 ? one : many}`;

/**
 * What the student reads about an encounter before playing it: the author's student-facing line,
 * or a neutral one built from the patient and the prescription count. Never the author's summary,
 * which may name the problem to catch.
 */
export function neutralEncounterText(raw: Record<string, unknown>): LocalText {
  const own = authoredText(raw.studentSummary);
  if (own !== undefined) return own;
  const patient = (raw.patient ?? {}) as Record<string, unknown>;
  const name = [patient.firstName, patient.lastName].filter((x) => typeof x === 'string').join(' ') || 'A patient';
  const count = Array.isArray(raw.prescriptions) ? raw.prescriptions.length : 0;
  return `${name} comes to the counter with ${counted(count, 'prescription', 'prescriptions')}.`;
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

/** What the student reads about a shift: how many patients and when it starts, never the author's summary. */
export function neutralShiftText(raw: Record<string, unknown>): string {
  const count = Array.isArray(raw.encounters) ? raw.encounters.length : 0;
  const start = typeof raw.startsAt === 'string' ? ` from ${raw.startsAt}` : '';
  return `${counted(count, 'patient', 'patients').replace(/^./, (c) => c.toUpperCase())}${start}.`;
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

/** The library topics, in the order the menu lists them. */
export const TOPICS = ['Tablets and capsules', 'Antibiotics', 'Liquids, drops, creams and devices', 'Controlled substances'] as const;
export type Topic = (typeof TOPICS)[number];

/** The topic an encounter is listed under, from the first product it prescribes (what is dispensed, not what goes wrong). */
export function topicOf(product: Product | undefined): Topic {
  if (!product) return 'Tablets and capsules';
  if (product.schedule !== null && product.schedule !== undefined) return 'Controlled substances';
  if (!SOLID_FORMS.has(product.form)) return 'Liquids, drops, creams and devices';
  if ((product.allergyClasses ?? []).some((c) => ANTIBIOTIC_CLASSES.has(c))) return 'Antibiotics';
  return 'Tablets and capsules';
}
