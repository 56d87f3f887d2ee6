import type { Spread } from './types';

/** Finite numbers only, sorted ascending (a copy). */
function sorted(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Middle value (mean of the two middle values for an even count); NaN when there are none. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of samples at or below it; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * s.length);
  return s[Math.max(0, rank - 1)]!;
}

/** 95th percentile, nearest-rank. */
export function p95(values: readonly number[]): number {
  return percentile(values, 95);
}

/** Count, median and p95 of a set of samples. */
export function spread(values: readonly number[]): Spread {
  return { n: sorted(values).length, median: median(values), p95: p95(values) };
}
