import type { ProductRef, RxRef } from '../../engine/resultParams';
import type { IsoDate, PersonName, Severity } from '../../findings/params';
import type { Schedule } from '../../scenario/catalogSchema';
import { textIn } from '../../scenario/localText';
import type { LocalText } from '../../scenario/primitives';

/**
 * The small English phrases every sentence is built from. Dates are formatted here and
 * nowhere else: MM/DD/YYYY, the way US pharmacy paperwork and every panel write them.
 */
export function date(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}

/** Joins items as prose: "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 day" / "3 days". */
export const dayCount = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** "1 refill" / "3 refills". */
export const refillCount = (n: number): string => `${n} refill${n === 1 ? '' : 's'}`;

/** Upper-cases the first letter of a sentence. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Text the student or the author wrote, shown in quotation marks (the author's English, when they wrote several). */
export const quoted = (s: LocalText): string => `"${textIn(s, 'en')}"`;

/**
 * Ends a sentence with a period, unless it already ends with one (or "?" or "!"), inside a
 * closing quotation mark or not: `…said "Take it with food."`, never `…food.".`.
 */
export const sentence = (s: string): string => (/[.!?]["”]?$/.test(s) ? s : `${s}.`);

/** A quotation that ends a sentence: `"Take it with food."`, and `"Why"` becomes `"Why".`. */
export const quotedLast = (s: LocalText): string => sentence(quoted(s));

/** A controlled-substance schedule as the pharmacy says it: "C-II". */
export const schedule = (s: Schedule): string => `C-${s}`;

/** A person's name in speaking order. */
export const personName = (p: PersonName): string => `${p.first} ${p.last}`;

/** A number the student entered, or "nothing" when the field held no number. */
export const entered = (n: number | null): string => (n === null ? 'nothing' : String(n));

/** How a severity reads in a sentence. */
export const SEVERITY_WORDS: Record<Severity, string> = { contraindicated: 'contraindicated', major: 'major', moderate: 'moderate' };

/** "tablet" → "tablets" for counts other than one; mL, g and "each" are never pluralised. */
export function unitCount(unit: string, n: number): string {
  return n === 1 || unit === 'mL' || unit === 'g' || unit === 'each' ? unit : `${unit}s`;
}

/** What the student did to fill the amount: a liquid (mL) is measured, anything else is counted. */
export const fillVerb = (unit: string): string => (unit === 'mL' ? 'measured' : 'counted');

/** Where another medicine is: on another prescription of this encounter, or on the patient's profile. */
export const onRx = (rx: string | undefined): string => (rx === undefined ? "on the patient's profile" : `on prescription ${rx}`);

/** A prescription as feedback names it: "the Lisinopril 10 mg tabs prescription". */
export const rxName = (rx: RxRef): string => (rx.drug === undefined ? `prescription ${rx.id}` : `the ${rx.drug} prescription`);

/** A product as feedback names it: its label, or its id in quotation marks when the scenario has no such product. */
export const productName = (p: ProductRef): string => p.label ?? quoted(p.id);

/** Items in quotation marks, joined as prose: "Take with food" and "May cause drowsiness". */
export const quotedList = (items: readonly string[]): string => listPhrase(items.map(quoted));
