/** Levenshtein distance (insert, delete, substitute), case-insensitive; two rows of memory. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[t.length]!;
}

/**
 * The candidate an author most likely meant, or undefined when none is close. Scored by edit
 * distance (within a third of the word's length, at least 2), with two corrections for ids made of
 * hyphenated words: a candidate that has all the word's parts (or the reverse) is a strong match,
 * and one whose first part (the drug name) differs ranks lower — so "hydroxyzine-25-tab" suggests
 * "hydroxyzine-hcl-25-tab", not the look-alike "hydralazine-25-tab".
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const parts = tokens(word);
  const partSet = new Set(parts);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const cParts = tokens(c);
    const sameWords = parts.length >= 2 && cParts.length >= 2 && (isSubset(parts, new Set(cParts)) || isSubset(cParts, partSet));
    // The distance is at least the difference in length: skip the quadratic count when that is already
    // too far (a 400,000-character id would otherwise freeze the page for seconds, found by the fuzzer).
    let score = !sameWords && Math.abs(word.length - c.length) > limit ? Infinity : editDistance(word, c);
    if (cParts.join('') === parts.join('')) score = 0.5;
    else if (sameWords) score = Math.min(score, 1 + 0.1 * Math.abs(cParts.length - parts.length));
    if (cParts[0] !== parts[0]) score += 0.5;
    if (score <= limit && score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[-_\s]+/)
    .filter(Boolean);
}

function isSubset(a: string[], b: ReadonlySet<string>): boolean {
  return a.every((x) => b.has(x));
}
