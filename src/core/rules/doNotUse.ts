/**
 * The Joint Commission "Do Not Use" abbreviations (domain reference §4.2) found in text a
 * prescriber or a student wrote, and the same text written out safely. The sig reader
 * still reads them (a pharmacy must fill what was written); this says which were used.
 */

/** One item of the official list, by what it is. */
export type DoNotUse = 'qd' | 'qod' | 'u' | 'iu' | 'trailingZero' | 'leadingZero' | 'ms' | 'mso4' | 'mgso4';

/** A do-not-use item as written; the wording catalogue says what to write instead. */
export interface DoNotUseUse {
  item: DoNotUse;
  /** Exactly as it appears in the text ("q.d.", "1.0"). */
  written: string;
  /** The number written safely, for the zero rules ("1.0" → "1", ".5" → "0.5"). */
  number?: string;
}

interface Pattern {
  item: DoNotUse;
  re: RegExp;
  /** The safe sig token the reader understands, for writing a sig out; absent for drug names, never in a sig. */
  token?: (m: RegExpExecArray) => string;
}

/** Each item's pattern; the number rules look at digits only, so "1.0" and ".5" are caught but "10" and "0.5" are not. */
const PATTERNS: readonly Pattern[] = [
  { item: 'qod', re: /\bq\.?\s?o\.?\s?d\b\.?/gi, token: () => 'q2d' },
  { item: 'qd', re: /\bq\.?\s?d\b\.?/gi, token: () => 'daily' },
  { item: 'iu', re: /(?<=\d)\s?iu\b/gi, token: () => '\u0020units' },
  { item: 'u', re: /(?<=\d)\s?u\b/gi, token: () => '\u0020units' },
  { item: 'trailingZero', re: /\b(\d+)\.0+(?![\d.])/g, token: (m) => m[1] ?? '' },
  { item: 'leadingZero', re: /(?<![\d.])\.(\d+)/g, token: (m) => `0.${m[1] ?? ''}` },
  { item: 'mso4', re: /\bMSO4\b/gi },
  { item: 'mgso4', re: /\bMgSO4\b/gi },
  // "MS" in capitals only: lower case is too easily something else.
  { item: 'ms', re: /\bMS\b/g },
];

/** Every do-not-use abbreviation in the text, in the order they appear. Never throws. */
export function doNotUseIn(text: string): DoNotUseUse[] {
  if (typeof text !== 'string') return [];
  const found: { at: number; use: DoNotUseUse }[] = [];
  const taken: [number, number][] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const at = m.index;
      const end = at + m[0].length;
      // "qod" must not also count as "qd".
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      taken.push([at, end]);
      const zero = p.item === 'trailingZero' || p.item === 'leadingZero';
      found.push({
        at,
        use: { item: p.item, written: m[0].trim(), ...(zero && p.token ? { number: p.token(m as RegExpExecArray) } : {}) },
      });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.use);
}

/** A sig with every do-not-use abbreviation written out as a token the reader knows ("1 tab po qd" → "1 tab po daily"). */
export function writeOutDoNotUse(sig: string): string {
  let out = sig;
  for (const p of PATTERNS) {
    const token = p.token;
    if (token !== undefined) out = out.replace(p.re, (...args) => token(args as unknown as RegExpExecArray));
  }
  return out;
}
