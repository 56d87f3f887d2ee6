import type { ProductRef, RxRef } from '../../engine/resultParams';
import type { IsoDate, PersonName, Severity } from '../../findings/params';
import type { Schedule } from '../../scenario/catalogSchema';
import { textIn } from '../../scenario/localText';
import type { LocalText } from '../../scenario/primitives';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/**
 * The small Spanish phrases every sentence is built from. Dates are written out: "3 de diciembre
 * de 2026". A Spanish reader takes 03/12/2026 for 3 December and a US form means March 12, so a
 * number-only date is ambiguous for exactly this student; DD/MM/AAAA would disagree with every US
 * prescription and profile. The long form cannot be misread either way.
 */
export function date(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} de ${MONTHS[Number(m) - 1] ?? m} de ${y}`;
}

/** Joins items as prose: "a", "a y b", "a, b y c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

/** "1 día" / "3 días". */
export const dayCount = (n: number): string => `${n} ${n === 1 ? 'día' : 'días'}`;

/** "1 resurtido" / "3 resurtidos": "resurtido" is the word US pharmacies use in Spanish for a refill. */
export const refillCount = (n: number): string => `${n} ${n === 1 ? 'resurtido' : 'resurtidos'}`;

/** Upper-cases the first letter of a sentence. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Text the student or the author wrote, in quotation marks (straight quotes, as the English catalogue uses). */
export const quoted = (s: LocalText): string => `"${textIn(s, 'es')}"`;

/** Ends a sentence with a period, unless it already ends with one (or "?" or "!"), inside a closing quotation mark or not. */
export const sentence = (s: string): string => (/[.!?]["”]?$/.test(s) ? s : `${s}.`);

/** A quotation that ends a sentence. */
export const quotedLast = (s: LocalText): string => sentence(quoted(s));

/** A controlled-substance schedule as the pharmacy says it: "C-II" (the same abbreviation in Spanish). */
export const schedule = (s: Schedule): string => `C-${s}`;

/** A person's name in speaking order. */
export const personName = (p: PersonName): string => `${p.first} ${p.last}`;

/** A number the student entered, or "nada" when the field held no number. */
export const entered = (n: number | null): string => (n === null ? 'nada' : String(n));

/** How a severity reads after "una interacción". */
export const SEVERITY_WORDS: Record<Severity, string> = { contraindicated: 'contraindicada', major: 'grave', moderate: 'moderada' };

const UNIT_PLURALS: Record<string, string> = {
  tablet: 'tabletas',
  capsule: 'cápsulas',
  drop: 'gotas',
  puff: 'inhalaciones',
  unit: 'unidades',
  patch: 'parches',
  suppository: 'supositorios',
  vial: 'viales',
};
const UNIT_SINGULARS: Record<string, string> = {
  tablet: 'tableta',
  capsule: 'cápsula',
  drop: 'gota',
  puff: 'inhalación',
  unit: 'unidad',
  patch: 'parche',
  suppository: 'supositorio',
  vial: 'vial',
  each: 'unidad',
};

/** A dispensing unit in Spanish for a count: "1 tableta", "30 tabletas"; mL and g never change. */
export function unitCount(unit: string, n: number): string {
  if (unit === 'mL' || unit === 'g') return unit;
  if (unit === 'each') return n === 1 ? 'unidad' : 'unidades';
  return (n === 1 ? UNIT_SINGULARS[unit] : UNIT_PLURALS[unit]) ?? unit;
}

/** What the student did to fill the amount: a liquid (mL) is measured, anything else is counted. */
export const fillVerb = (unit: string): string => (unit === 'mL' ? 'midió' : 'contó');

/** Where another medicine is: on another prescription of this encounter, or on the patient's profile. */
export const onRx = (rx: string | undefined): string => (rx === undefined ? 'en el perfil del paciente' : `en la receta ${rx}`);

/** A prescription as feedback names it: "la receta de Lisinopril 10 mg tabs". */
export const rxName = (rx: RxRef): string => (rx.drug === undefined ? `la receta ${rx.id}` : `la receta de ${rx.drug}`);

/** A product as feedback names it: its label, or its id in quotation marks when the scenario has no such product. */
export const productName = (p: ProductRef): string => p.label ?? quoted(p.id);

/** Items in quotation marks, joined as prose. */
export const quotedList = (items: readonly string[]): string => listPhrase(items.map(quoted));
