import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../../tools/fuzzRun';
import { ROOT } from '../core/scenario/helpers';

/** Fixed, so CI judges the same 2,000 mutants every time; `npm run fuzz` explores new seeds. */
const SEED = 20_261_110;
const RUNS = 2_000;

describe('hostile mutants of the shipped scenario files', () => {
  it(`${RUNS} mutants: every one is refused at a file:line:column or loads, solves and replays the same way twice`, async () => {
    const s = await runFuzz({ root: ROOT, runs: RUNS, seed: SEED });
    expect(s.failures.map((f) => `mutant ${f.index} of ${f.file} (${JSON.stringify(f.mutation)}): ${f.why}`)).toEqual([]);
    expect(s.mutants).toBe(RUNS);
    expect(s.rejected + s.accepted).toBe(RUNS);
    // The run must reach every kind of file and, often, the rules and the engine, or it proves little.
    expect(Math.min(s.byKind.encounter, s.byKind.shift, s.byKind.catalog)).toBeGreaterThan(50);
    expect(s.accepted).toBeGreaterThan(RUNS / 20);
    expect(s.rejected).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
