/* Wording for values and for the schema's custom formats: how a value reads back to an author. */
import { DATE_YEARS } from './primitives';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Messages for the custom keys the schema attaches to its text formats ('date', 'slug' …). */
export function formatMessage(key: string, input: unknown): string {
  const got = describe(input);
  switch (key) {
    case 'date':
      return typeof input === 'string' && DATE_SHAPE.test(input)
        ? `is not a real calendar date — got ${got}: check the month (01–12) and the day`
        : `must be a date written YYYY-MM-DD, e.g. 2026-03-14 — got ${got}`;
    case 'year':
      return `the year must be between ${DATE_YEARS.first} and ${DATE_YEARS.last} — got ${got}: check the year`;
    case 'slug': {
      const fixed = typeof input === 'string' ? slugify(input) : '';
      const tip = fixed && fixed !== input ? ` — try "${fixed}"` : '';
      return `must be an id of lower-case letters, digits and single hyphens, e.g. "amoxicillin-500-cap" — got ${got}${tip}`;
    }
    case 'ndc':
      return `must be an NDC with hyphens in a 4-4-2, 5-3-2, 5-4-1 or 5-4-2 layout, e.g. "0093-3109-01" — got ${got}`;
    case 'colour':
      return `must be a colour written # and six hex digits (#rrggbb), e.g. "#4f7cac" — got ${got}`;
    case 'time':
      return `must be a time written HH:MM on the 24-hour clock, e.g. "09:00" or "14:30" — got ${got}`;
    case 'noLanguage':
      return 'needs the text in at least one language, e.g. {"en": "Good morning", "es": "Buenos días"}';
    case 'empty':
      return 'must not be empty: write something between the quotes';
    default:
      return `is not in the expected format — got ${got}`;
  }
}

type SizeIssue = { origin: string; inclusive?: boolean; message: string };

/** A value below its minimum: a number, a too-short text or a too-short list. */
export function tooSmall(issue: SizeIssue & { minimum: number | bigint }, input: unknown): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string')
    return issue.message === 'empty' || min <= 1 ? formatMessage('empty', input) : `must be at least ${min} characters long`;
  if (issue.origin === 'array') {
    const n = Array.isArray(input) ? input.length : 0;
    return n === 0 ? `needs at least ${min} item${min === 1 ? '' : 's'} — the list is empty` : `needs at least ${min} items — it has ${n}`;
  }
  return issue.inclusive === false
    ? `must be more than ${min} — got ${describe(input)}`
    : `must be at least ${min} — got ${describe(input)}`;
}

/** A value above its maximum. */
export function tooBig(issue: SizeIssue & { maximum: number | bigint }, input: unknown): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return `is too long: at most ${max} characters`;
  if (issue.origin === 'array') return `has too many items: at most ${max}`;
  return issue.inclusive === false
    ? `must be less than ${max} — got ${describe(input)}`
    : `must be at most ${max} — got ${describe(input)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ([ … ])',
  object: 'an object ({ … })',
  record: 'an object ({ … })',
  null: 'null',
};

/** What a type is called in plain words: "a number", "text", "a list ([ … ])" ("or null" when allowed). */
export function expectedWords(expected: string, nullable: boolean): string {
  const words = EXPECTED[expected] ?? expected;
  return nullable && expected !== 'null' ? `${words} or null` : words;
}

/** How a value an author wrote reads back to them: "thirty" in quotes, 12, a list, an object. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A tip for the commonest type slip: quotes around a number or true/false, or none around text. */
export function quoteHint(expected: string, input: unknown): string {
  if ((expected === 'number' || expected === 'int') && typeof input === 'string' && input.trim() !== '' && !Number.isNaN(Number(input))) {
    return ' — remove the quotes: numbers are written without them';
  }
  if (expected === 'boolean' && (input === 'true' || input === 'false')) return ' — remove the quotes: write true or false without them';
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean'))
    return ` — put it in double quotes: "${String(input)}"`;
  return '';
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
