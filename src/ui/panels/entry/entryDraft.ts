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

/** A message per form field that needs fixing. */
export type EntryErrors = Partial<Record<keyof EntryDraft, string>>;

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
  if (!d.productId) errors.productId = 'Choose a drug from the search list.';
  if (d.sig.trim() === '') errors.sig = 'Type the directions.';
  if (!(quantity > 0)) errors.quantity = 'Enter the quantity as a number above zero.';
  if (!(Number.isInteger(daysSupply) && daysSupply > 0)) errors.daysSupply = "Enter the days' supply as a whole number of days.";
  if (!(Number.isInteger(refills) && refills >= 0)) errors.refills = 'Enter the refills as a whole number (0 for none).';
  if (Object.keys(errors).length > 0 || !d.productId) return { errors };
  return { entry: { productId: d.productId, sig: d.sig.trim(), quantity, daysSupply, refills, daw: Number(d.daw) } };
}

/** DAW codes in plain words, for the select. */
export const DAW_CODES: readonly [number, string][] = [
  [0, 'No product selection indicated'],
  [1, 'Substitution not allowed by prescriber'],
  [2, 'Patient requested brand'],
  [3, 'Pharmacist selected brand'],
  [4, 'Generic not in stock'],
  [5, 'Brand dispensed as generic'],
  [6, 'Override'],
  [7, 'Brand mandated by law'],
  [8, 'Generic not available'],
  [9, 'Plan requests brand'],
];
