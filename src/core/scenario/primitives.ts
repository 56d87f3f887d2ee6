import { z } from 'zod';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Years a scenario date may fall in: a living patient's birth to a far-off "today". */
export const DATE_YEARS = { first: 1900, last: 2199 } as const;

/** A calendar date as instructors write it: YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(DATE_SHAPE, { message: 'date' })
  .refine((s) => isPlausibleYear(s), { message: 'year' })
  .refine((s) => isRealDate(s), { message: 'date' })
  .meta({ description: 'A calendar date written YYYY-MM-DD, for example 2026-03-14.', examples: ['2026-03-14'] });

/** Lower-case words joined by hyphens: used for every id an author writes. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug' })
  .meta({ description: 'Lower-case letters, digits and hyphens, for example "amoxicillin-500-cap".' });

/** A catalog product id, checked against the catalog when the scenario is resolved. */
export const productRef = slug.meta({
  description: "The id of a product in the drug catalog (scenarios/catalog/) or in this file's localProducts.",
  examples: ['lisinopril-10-tab'],
});

/** Non-empty text shown to the student exactly as written (never as HTML). */
export const text = z.string().min(1, { message: 'empty' });

/** The languages a scenario file may write its text in, by their BCP 47 codes. */
export const SCENARIO_LANGUAGES = ['en', 'es'] as const;
export type ScenarioLanguage = (typeof SCENARIO_LANGUAGES)[number];

/** One text in several languages: `{ "en": "…", "es": "…" }`, at least one of them. */
const textByLanguage = z
  .strictObject({
    en: text.optional().meta({ description: 'The text in English.' }),
    es: text.optional().meta({ description: 'The text in Spanish (español).' }),
  })
  .refine((m) => Object.values(m).some((v) => v !== undefined), { message: 'noLanguage' })
  .meta({
    title: 'Text in several languages',
    description: 'The same text in each language the file offers, for example {"en": "Hello", "es": "Hola"}.',
  });

/**
 * Text the student reads that an author may offer in several languages: a plain string
 * (shown in every language) or a map such as {"en": "…", "es": "…"}.
 */
export const localText = z.union([text, textByLanguage]).meta({ id: 'localText' });
export type LocalText = z.output<typeof localText>;

/** The year of a YYYY-MM-DD date is in DATE_YEARS (other layouts are reported by the layout check). */
function isPlausibleYear(s: string): boolean {
  if (!DATE_SHAPE.test(s)) return true;
  const year = Number(s.slice(0, 4));
  return year >= DATE_YEARS.first && year <= DATE_YEARS.last;
}

function isRealDate(s: string): boolean {
  // Only the year check speaks for a year outside DATE_YEARS (Date.UTC reads 0–99 as 1900–1999).
  if (!DATE_SHAPE.test(s) || !isPlausibleYear(s)) return true;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
