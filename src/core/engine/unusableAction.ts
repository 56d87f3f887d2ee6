import type { z } from 'zod';
import type { ActionProblem, UnusableField } from './resultParams';

const FIELDS: ReadonlySet<string> = new Set<UnusableField>([
  'rx',
  'stage',
  'productId',
  'entry',
  'quantity',
  'auxiliaryLabels',
  'question',
  'response',
  'note',
  'at',
  'language',
  'decision',
  'amount',
  'bag',
  'lot',
  'beyondUseDate',
  'waterMl',
  'portions',
  'billing',
  'resolution',
]);

/** Why an action failed the Action schema, as a problem code; the first field at fault is enough to act on. */
export function whyUnusable(action: object, error: z.ZodError): ActionProblem {
  const field = error.issues[0]?.path[0];
  const value: unknown = field === undefined ? undefined : (action as Record<PropertyKey, unknown>)[field];
  if (field === 'type') return { problem: 'unknownType', type: String(value) };
  if (field === 'code') return typeof value === 'string' ? { problem: 'unknownCode', code: value } : { problem: 'noCode' };
  return typeof field === 'string' && FIELDS.has(field)
    ? { problem: 'badField', field: field as UnusableField }
    : { problem: 'notAnAction' };
}
