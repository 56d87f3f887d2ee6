import type { RxEntry } from '../../../core';

/** The data-entry form as typed: strings until submitted. */
export interface EntryDraft {
  productId: string | null;
  sig: string;
  quantity: string;
  daysSupply: string;
  refills: string;
  daw: string;
}

/** A message per form field that needs fixing: the field's key under `entry.error` in the catalogues. */
export type EntryErrors = Partial<Record<keyof EntryDraft, `entry.error.${'productId' | 'sig' | 'quantity' | 'daysSupply' | 'refills'}`>>;

/** An empty form (DAW 0, the usual "substitution allowed"). */
export const EMPTY_DRAFT: EntryDraft = { productId: null, sig: '', quantity: '', daysSupply: '', refills: '', daw: '0' };

const num = (s: string) => (s.trim() === '' ? NaN : Number(s.trim()));

/**
 * Checks only that the form is filled in sensibly (a number where a number goes). Whether the
 * values are right for this prescription is the engine's judgement, never the form's.
 */
export function readDraft(d: EntryDraft): { entry: RxEntry } | { errors: EntryErrors } {
  const errors: EntryErrors = {};
  const quantity = num(d.quantity);
  const daysSupply = num(d.daysSupply);
  const refills = num(d.refills);
  if (!d.productId) errors.productId = 'entry.error.productId';
  if (d.sig.trim() === '') errors.sig = 'entry.error.sig';
  if (!(quantity > 0)) errors.quantity = 'entry.error.quantity';
  if (!(Number.isInteger(daysSupply) && daysSupply > 0)) errors.daysSupply = 'entry.error.daysSupply';
  if (!(Number.isInteger(refills) && refills >= 0)) errors.refills = 'entry.error.refills';
  if (Object.keys(errors).length > 0 || !d.productId) return { errors };
  return { entry: { productId: d.productId, sig: d.sig.trim(), quantity, daysSupply, refills, daw: Number(d.daw) } };
}

/** DAW codes for the select; each one's plain words are `entry.dawWords.<code>` in the catalogues. */
export const DAW_CODES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
