import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/check/analysis';
import { ANALYSIS } from '../../../src/core/check/checkScenario';
import { main } from '../../../tools/fuzz';
import { runFuzz } from '../../../tools/fuzzRun';
import { ROOT } from '../core/scenario/helpers';

// A folder that holds the shipped scenarios, so failing mutants are saved there and not in the checkout.
const root = mkdtempSync(join(tmpdir(), 'techshift-fuzz-'));
symlinkSync(join(ROOT, 'scenarios'), join(root, 'scenarios'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(argv: string[], analysis?: Analysis) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { root, analysis, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), newSeed: () => 77 });
  return { code, stdout, stderr };
}

describe('npm run fuzz', () => {
  it('prints the counts and exits 0 when nothing fails', async () => {
    const { code, stdout } = await run(['--runs', '40', '--seed', '3']);
    expect(code).toBe(0);
    expect(stdout).toContain('Fuzzing the shipped scenarios: 40 mutants from seed 3');
    const count = (label: string) => Number(new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+(\\d+)`).exec(stdout)?.[1]);
    expect(count('mutants')).toBe(40);
    expect(count('rejected with a located message') + count('accepted, loaded, solved and replayed')).toBe(40);
    expect(count('failures (must be 0)')).toBe(0);
  }, 60_000);

  it('uses a new seed when none is given, and says which', async () => {
    const { stdout } = await run(['--runs=5']);
    expect(stdout).toContain('5 mutants from seed 77');
  }, 60_000);

  it('on a failure: exits 1, saves the mutant and names the seed and the file to reproduce it', async () => {
    const broken: Analysis = {
      ...ANALYSIS,
      solve: () => {
        throw new Error('solver exploded');
      },
    };
    const { code, stdout } = await run(['--runs', '12', '--seed', '9'], broken);
    expect(code).toBe(1);
    expect(stdout).toMatch(/failures \(must be 0\)\s+[1-9]/);
    expect(stdout).toContain('Reproduce this run: npm run fuzz -- --seed 9 --runs 12');
    const saved = /saved as (test-results\/fuzz-9\/\S+\.json)/.exec(stdout)?.[1];
    expect(saved).toBeDefined();
    expect(existsSync(join(root, saved!))).toBe(true);
    expect(readFileSync(join(root, `${saved}.why.txt`), 'utf8')).toContain('solver exploded');
    expect(stdout).toMatch(/check it: npm run check-scenarios -- /);
  }, 60_000);

  it('counts a file that takes seconds of CPU time to judge as a failure: it would freeze the game', async () => {
    let spun = false;
    const slow: Analysis = {
      ...ANALYSIS,
      solve: (s) => {
        const start = process.cpuUsage();
        while (!spun && process.cpuUsage(start).user < 1.1e6);
        spun = true;
        return ANALYSIS.solve(s);
      },
    };
    const s = await runFuzz({ root, runs: 12, seed: 9, analysis: slow, slowSeconds: 1 });
    expect(s.failures.map((f) => f.why)).toEqual([
      expect.stringMatching(
        /^it took \d+\.\d s of CPU time to load, check and play \(at most 1 s\): a hostile file must not freeze the game$/,
      ),
    ]);
    expect(s.slowest.seconds).toBeGreaterThan(1);
  }, 60_000);

  it('refuses a bad number of runs or seed with exit 2', async () => {
    for (const argv of [['--runs', '0'], ['--runs'], ['--seed', 'abc'], ['--fast']]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('usage: npm run fuzz');
    }
  });
});
