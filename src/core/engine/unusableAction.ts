import type { z } from 'zod';

/** What is wrong, per field of an action, in the student's words. */
const FIELD_PROBLEMS: Readonly<Record<string, string>> = {
  rx: 'the prescription id is not text',
  stage: 'the stage must be drop-off or pick-up',
  productId: 'no product was chosen',
  entry: 'the data entry is incomplete',
  quantity: 'the amount placed is not a number',
  auxiliaryLabels: 'the auxiliary labels are not a list',
  question: 'choose a question and answer or refer it',
  response: 'choose a question and answer or refer it',
  note: 'the note is not text',
  at: 'the time is not a number of seconds',
};

/** Why an action failed the Action schema; the first field at fault is enough to act on. */
export function whyUnusable(action: object, error: z.ZodError): string {
  const field = error.issues[0]?.path[0];
  const value: unknown = field === undefined ? undefined : (action as Record<PropertyKey, unknown>)[field];
  if (field === 'type') return `"${String(value)}" is not something a technician can do here`;
  if (field === 'code') return typeof value === 'string' ? `"${value}" is not a problem code the pharmacy system knows` : 'no problem code was chosen';
  return (typeof field === 'string' ? FIELD_PROBLEMS[field] : undefined) ?? 'it is not something a technician can do here';
}
