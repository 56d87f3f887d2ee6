/**
 * What an author wrote, as a message reads it back: kept as data so each language can say it
 * ("an object" / "un objeto"); text and numbers are shown as written.
 */
export type Got =
  | { t: 'text'; s: string }
  | { t: 'raw'; s: string }
  | { t: 'nothing' }
  | { t: 'null' }
  | { t: 'emptyList' }
  | { t: 'list' }
  | { t: 'object' };

/** The value as a message shows it: text quoted and cut at 40 characters, a list or an object by kind. */
export function gotOf(value: unknown): Got {
  if (value === undefined) return { t: 'nothing' };
  if (value === null) return { t: 'null' };
  if (typeof value === 'string') return { t: 'text', s: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) };
  if (Array.isArray(value)) return value.length === 0 ? { t: 'emptyList' } : { t: 'list' };
  if (typeof value === 'object') return { t: 'object' };
  return { t: 'raw', s: String(value) };
}
