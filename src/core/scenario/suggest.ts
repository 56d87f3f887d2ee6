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
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const cParts = tokens(c);
    let score = editDistance(word, c);
    if (cParts.join('') === parts.join('')) score = 0.5;
    else if (parts.length >= 2 && cParts.length >= 2 && (isSubset(parts, cParts) || isSubset(cParts, parts))) {
      score = Math.min(score, 1 + 0.1 * Math.abs(cParts.length - parts.length));
    }
    if (cParts[0] !== parts[0]) score += 0.5;
    if (score <= limit && score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function tokens(s: string): string[] {
  return s.toLowerCase().split(/[-_\s]+/).filter(Boolean);
}

function isSubset(a: string[], b: string[]): boolean {
  const set = new Set(b);
  return a.every((x) => set.has(x));
}

/** ` — did you mean "x"?` when a close candidate exists, else an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates);
  return c === undefined ? '' : ` — did you mean "${c}"?`;
}
