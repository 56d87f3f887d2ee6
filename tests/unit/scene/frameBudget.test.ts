import { describe, expect, it } from 'vitest';
import { FrameBudget } from '../../../src/scene/frameBudget';

/** Feeds `n` frames `ms` apart starting at `t0`; returns the verdicts given. */
function run(budget: FrameBudget, t0: number, n: number, ms: number): ('slow' | 'fast' | null)[] {
  const out: ('slow' | 'fast' | null)[] = [];
  for (let i = 0; i < n; i++) out.push(budget.frame(t0 + i * ms));
  return out.filter((v) => v !== null);
}

describe('FrameBudget', () => {
  it('calls steady 100 ms frames slow once a window is full', () => {
    expect(run(new FrameBudget(), 0, 25, 100)).toEqual(['slow']);
  });

  it('calls 16 ms frames fast, and 30 ms frames neither', () => {
    expect(run(new FrameBudget(), 0, 25, 16)).toEqual(['fast']);
    expect(run(new FrameBudget(), 0, 25, 30)).toEqual([]);
  });

  it('does not count the idle gaps of demand rendering as slow frames', () => {
    const b = new FrameBudget();
    // Short bursts of quick frames separated by seconds of idleness.
    const verdicts = [0, 5000, 10_000, 15_000, 20_000].flatMap((t0) => run(b, t0, 6, 16));
    expect(verdicts).toEqual(['fast']);
  });
});
