import { z } from 'zod';

/** A calendar date as instructors write it: YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' })
  .refine((s) => isRealDate(s), { message: 'date' })
  .meta({ description: 'A calendar date written YYYY-MM-DD, for example 2026-03-14.', examples: ['2026-03-14'] });

/** Lower-case words joined by hyphens: used for every id an author writes. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug' })
  .meta({ description: 'Lower-case letters, digits and hyphens, for example "amoxicillin-500-cap".' });

/** A catalog product id, checked against the catalog when the scenario is resolved. */
export const productRef = slug.meta({
  description: 'The id of a product in the drug catalog (scenarios/catalog/) or in this file\'s localProducts.',
  examples: ['lisinopril-10-tab'],
});

/** Non-empty text shown to the student exactly as written (never as HTML). */
export const text = z.string().min(1, { message: 'empty' });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
