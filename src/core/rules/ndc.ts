/**
 * National Drug Code layouts and the 11-digit billing form (domain reference §2).
 *
 * Only a hyphenated code can be converted: without hyphens a 10-digit NDC could be any
 * of three layouts, and padding the wrong segment names a different product. An 11-digit
 * code without hyphens is refused too, so every accepted input has had its segments
 * stated by whoever typed it. (FDA's 12-digit 6-4-2 format takes effect in 2033 and is
 * not handled here.)
 */

/** The segment layouts an NDC can be printed in; '5-4-2' is the 11-digit billing layout. */
export type NdcLayout = '4-4-2' | '5-3-2' | '5-4-1' | '5-4-2';

const LAYOUTS: readonly NdcLayout[] = ['4-4-2', '5-3-2', '5-4-1', '5-4-2'];

/** Segment widths of the 11-digit form. */
const TARGET = [5, 4, 2] as const;

/** Splits a trimmed, hyphenated code into three digit segments, or null. */
function segments(ndc: string): [string, string, string] | null {
  if (typeof ndc !== 'string') return null;
  // Codes pasted from PDFs often carry typographic dashes instead of hyphens.
  const text = ndc.trim().replace(/[\u2010-\u2015\u2212]/g, '-');
  const match = /^(\d+)-(\d+)-(\d+)$/.exec(text);
  if (!match) return null;
  return [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
}

/** The layout of a hyphenated NDC ('4-4-2', '5-3-2', '5-4-1' or '5-4-2'), or null if it fits none. */
export function ndcLayout(ndc: string): NdcLayout | null {
  const parts = segments(ndc);
  if (!parts) return null;
  const layout = parts.map((p) => p.length).join('-');
  return (LAYOUTS as readonly string[]).includes(layout) ? (layout as NdcLayout) : null;
}

/**
 * The hyphenated 11-digit 5-4-2 form of a hyphenated NDC, padding the short segment with
 * a leading zero; null for anything unhyphenated, mis-segmented or non-numeric.
 */
export function toNdc11(ndc: string): string | null {
  const parts = segments(ndc);
  if (!parts || ndcLayout(ndc) === null) return null;
  return parts.map((p, i) => p.padStart(TARGET[i] ?? p.length, '0')).join('-');
}

/** The 11 digits sent on a claim (no hyphens), or null when the code cannot be normalised. */
export function ndcBilling(ndc: string): string | null {
  const ndc11 = toNdc11(ndc);
  return ndc11 === null ? null : ndc11.replace(/-/g, '');
}

/**
 * True when both codes normalise to the same 11-digit NDC, e.g. a scanned stock bottle
 * against the NDC entered; false if either cannot be normalised, so an unreadable code
 * never counts as a match.
 */
export function sameNdc(a: string, b: string): boolean {
  const left = toNdc11(a);
  return left !== null && left === toNdc11(b);
}
