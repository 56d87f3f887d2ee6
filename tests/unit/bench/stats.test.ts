import { describe, expect, it } from 'vitest';
import { median, p95, percentile, spread } from '../../../bench/stats';

describe('bench statistics', () => {
  it('median takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('median and p95 do not reorder the caller’s array', () => {
    const values = [5, 1, 4];
    median(values);
    p95(values);
    expect(values).toEqual([5, 1, 4]);
  });

  it('p95 is nearest-rank: the smallest sample with at least 95% at or below it', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(p95(hundred)).toBe(95);
    expect(p95([10, 20, 30])).toBe(30);
    expect(p95(Array.from({ length: 20 }, (_, i) => i + 1))).toBe(19);
  });

  it('percentile clamps p to 0..100', () => {
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([1, 2, 3], 100)).toBe(3);
    expect(percentile([1, 2, 3], 250)).toBe(3);
  });

  it('empty input gives NaN, and non-finite samples are ignored', () => {
    expect(median([])).toBeNaN();
    expect(p95([])).toBeNaN();
    expect(median([Number.NaN, 1, Number.POSITIVE_INFINITY, 3])).toBe(2);
  });

  it('spread reports the count of usable samples with median and p95', () => {
    expect(spread([16, 17, 16, 100, Number.NaN])).toEqual({ n: 4, median: 16.5, p95: 100 });
  });
});
