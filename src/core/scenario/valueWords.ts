/* Wording for values and for the schema's custom formats, as message codes: how a value reads back to an author. */
import { say, type Said } from './checkerWords';
import { gotOf } from './checkerWords/got';
import type { QuoteHint } from './checkerWords/params';
import { DATE_YEARS } from './primitives';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Messages for the custom keys the schema attaches to its text formats ('date', 'slug' …). */
export function formatMessage(key: string, input: unknown): Said {
  const got = gotOf(input);
  switch (key) {
    case 'date':
      return say('badDate', { got, realShape: typeof input === 'string' && DATE_SHAPE.test(input) });
    case 'year':
      return say('badYear', { got, first: DATE_YEARS.first, last: DATE_YEARS.last });
    case 'slug': {
      const fixed = typeof input === 'string' ? slugify(input) : '';
      return say('badSlug', { got, ...(fixed && fixed !== input ? { fixed } : {}) });
    }
    case 'ndc':
      return say('badNdc', { got });
    case 'colour':
      return say('badColour', { got });
    case 'time':
      return say('badTime', { got });
    case 'noLanguage':
      return say('noLanguage');
    case 'empty':
      return say('empty');
    default:
      return say('badFormat', { got });
  }
}

type SizeIssue = { origin: string; inclusive?: boolean; message: string };

/** A value below its minimum: a number, a too-short text or a too-short list. */
export function tooSmall(issue: SizeIssue & { minimum: number | bigint }, input: unknown): Said {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') return issue.message === 'empty' || min <= 1 ? say('empty') : say('tooShortText', { min });
  if (issue.origin === 'array') {
    const n = Array.isArray(input) ? input.length : 0;
    return n === 0 ? say('emptyList', { min }) : say('tooFewItems', { min, n });
  }
  return say('tooSmall', { min, got: gotOf(input), exclusive: issue.inclusive === false });
}

/** A value above its maximum. */
export function tooBig(issue: SizeIssue & { maximum: number | bigint }, input: unknown): Said {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return say('tooLongText', { max });
  if (issue.origin === 'array') return say('tooManyItems', { max });
  return say('tooBig', { max, got: gotOf(input), exclusive: issue.inclusive === false });
}

/** The commonest type slip, if this is one: quotes around a number or true/false, or none around text. */
export function quoteHint(expected: string, input: unknown): QuoteHint | undefined {
  if ((expected === 'number' || expected === 'int') && typeof input === 'string' && input.trim() !== '' && !Number.isNaN(Number(input))) {
    return 'unquoteNumber';
  }
  if (expected === 'boolean' && (input === 'true' || input === 'false')) return 'unquoteBoolean';
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) return 'quoteText';
  return undefined;
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
