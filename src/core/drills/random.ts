/**
 * The drills' own seeded randomness: a class that shares a seed must get the same questions on
 * every machine, so nothing here may touch Math.random or the clock.
 */

/** A draw in [0, 1), like Math.random but repeatable. */
export type Random = () => number;

/** A 32-bit hash of the seed text (FNV-1a), so any word or number can be a seed. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough to shuffle quiz questions; the same state gives the same stream. */
export function mulberry32(state: number): Random {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stream for a seed text. */
export const randomFor = (seed: string): Random => mulberry32(hashSeed(seed));

/** A whole number from min to max, both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One item of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** One item of a list that may be empty (a catalog without insulin has no insulin question). */
export function pickAny<T>(random: Random, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : pick(random, items);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
