/**
 * The scenario fuzzer: npm run fuzz -- [--runs N] [--seed S]
 * Mutates the shipped scenario files (default 10,000 mutants, from a new seed each run unless
 * --seed is given), runs each through the game's loader and the checker, plays every one that
 * loads, and prints the counts. Exit 0 with no failures, 1 with any (each mutant is saved under
 * test-results/ to reproduce), 2 on a usage error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../src/core/check/analysis';
import { runFuzz, type FuzzFailure, type FuzzSummary } from './fuzzRun';

const USAGE = 'usage: npm run fuzz -- [--runs N] [--seed S]  (default: 10000 runs, a new seed each time)';
const DEFAULT_RUNS = 10_000;
/** Failures printed in full; the rest are saved and counted. */
const SHOWN = 10;

/** Where the fuzzer reads and writes; tests pass their own. */
export interface FuzzIo {
  root: string;
  stdout(text: string): void;
  stderr(text: string): void;
  analysis?: Analysis;
  /** The seed when none is given (default: from the clock). */
  newSeed?: () => number;
}

/** Runs the fuzzer; resolves to the exit code. */
export async function main(argv: readonly string[], io: Partial<FuzzIo> = {}): Promise<number> {
  const out = io.stdout ?? ((t: string) => process.stdout.write(t));
  const err = io.stderr ?? ((t: string) => process.stderr.write(t));
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    err(`fuzz: ${args}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  const root = io.root ?? process.cwd();
  const seed = args.seed ?? (io.newSeed ?? (() => Date.now() % 2 ** 31))();
  const runs = args.runs ?? DEFAULT_RUNS;
  out(`Fuzzing the shipped scenarios: ${runs} mutants from seed ${seed}\n`);
  const started = performance.now();
  const step = Math.max(1000, Math.ceil(runs / 10));
  const summary = await runFuzz({
    root,
    runs,
    seed,
    analysis: io.analysis,
    progress: (n) => n % step === 0 && n < runs && err(`  … ${n}/${runs}\n`),
  });
  out(countLines(summary, (performance.now() - started) / 1000));
  if (summary.failures.length === 0) return 0;
  const dir = join(root, 'test-results', `fuzz-${seed}`);
  mkdirSync(dir, { recursive: true });
  const saved = summary.failures.map((f) => save(dir, f));
  summary.failures.slice(0, SHOWN).forEach((f, i) => out(failureBlock(f, relative(root, saved[i]!))));
  if (summary.failures.length > SHOWN) out(`\n… and ${summary.failures.length - SHOWN} more, all saved in ${relative(root, dir)}/\n`);
  out(`\nReproduce this run: npm run fuzz -- --seed ${seed} --runs ${runs}\n`);
  return 1;
}

function parseArgs(argv: readonly string[]): { runs?: number; seed?: number; help: boolean } | string {
  const args: { runs?: number; seed?: number; help: boolean } = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [name, inline] =
      a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '--help' || name === '-h') args.help = true;
    else if (name === '--runs' || name === '--seed') {
      const value = inline ?? argv[++i];
      const n = Number(value);
      if (value === undefined || !Number.isSafeInteger(n) || n < (name === '--runs' ? 1 : -(2 ** 31)) || n >= 2 ** 31) {
        return `${name} needs a whole number${name === '--runs' ? ' of at least 1' : ''}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`;
      }
      if (name === '--runs') args.runs = n;
      else args.seed = n;
    } else return `unknown argument ${a}`;
  }
  return args;
}

/** The counts, one per line, aligned. */
export function countLines(s: FuzzSummary, seconds: number): string {
  const row = (label: string, n: number, tail = '') => `  ${label.padEnd(40)}${String(n).padStart(7)}${tail}\n`;
  const kinds = ` (encounters ${s.byKind.encounter}, shifts ${s.byKind.shift}, catalog ${s.byKind.catalog})`;
  return [
    row('mutants', s.mutants, kinds),
    row('rejected with a located message', s.rejected),
    row('accepted, loaded, solved and replayed', s.accepted),
    row('failures (must be 0)', s.failures.length),
    `  seed ${s.seed}, ${seconds.toFixed(1)} s; the slowest mutant (${s.slowest.index} of ${s.slowest.file}) took ${s.slowest.seconds.toFixed(2)} s of CPU\n`,
  ].join('');
}

function save(dir: string, f: FuzzFailure): string {
  const path = join(dir, `${f.index}-${basename(f.file)}`);
  writeFileSync(path, f.text);
  writeFileSync(`${path}.why.txt`, `${f.why}\n\nmade from ${f.file} by ${JSON.stringify(f.mutation)}\n`);
  return path;
}

function failureBlock(f: FuzzFailure, path: string): string {
  const check =
    f.kind === 'catalog' ? `npm run check-scenarios -- --catalog ${path} scenarios/encounters` : `npm run check-scenarios -- ${path}`;
  return [
    '',
    `✗ mutant ${f.index} of ${f.file}: ${f.why.split('\n').join('\n    ')}`,
    `    saved as ${path} (the edits are in ${path}.why.txt)`,
    `    check it: ${check}`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`fuzz: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
