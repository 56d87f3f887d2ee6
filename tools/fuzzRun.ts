/**
 * The scenario fuzzer: seeded hostile mutants of the shipped encounters, shifts and catalog, each
 * judged by fuzzVerdict. Used by `npm run fuzz` (tools/fuzz.ts) and by the unit test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import type { Analysis } from '../src/core/check/analysis';
import { loadCatalogText } from '../src/core/scenario/load';
import { applyMutations, mutation, type Mutation } from './fuzzMutations';
import { judge, type Bench, type Suspect } from './fuzzVerdict';

/** A shipped file, by the name the checker prints for it. */
export interface Original {
  kind: Suspect['kind'];
  file: string;
  text: string;
}

/** One mutant that broke a property, with what it takes to reproduce it. */
export interface FuzzFailure {
  /** 0-based position of the mutant in the run (the same seed always gives the same mutants). */
  index: number;
  kind: Suspect['kind'];
  /** The shipped file it was made from. */
  file: string;
  mutation: Mutation;
  text: string;
  why: string;
}

/** The counts `npm run fuzz` prints, and every failure. */
export interface FuzzSummary {
  seed: number;
  mutants: number;
  /** Refused with every problem at a file:line:column. */
  rejected: number;
  /** Loaded, solved and replayed. */
  accepted: number;
  failures: FuzzFailure[];
  byKind: Record<Suspect['kind'], number>;
  /** The mutant that took the most CPU time to judge. */
  slowest: { index: number; file: string; seconds: number };
}

/** CPU time one file may take to load, check and play; far more than any real file needs (under 0.1 s). */
export const SLOW_SECONDS = 3;

/** How to run: which files, how many mutants, which seed, and (for tests) which rules and engine. */
export interface FuzzOptions {
  root: string;
  runs: number;
  seed: number;
  analysis?: Analysis;
  /** CPU seconds one mutant may take (default SLOW_SECONDS). */
  slowSeconds?: number;
  /** Called after each mutant, for progress. */
  progress?: (done: number) => void;
}

const CATALOG = 'scenarios/catalog/products.json';

function jsonIn(root: string, dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** The shipped encounters, shifts and catalog under `root`. */
export function shippedFiles(root: string): { encounters: Original[]; shifts: Original[]; catalog: Original } {
  const read = (kind: Original['kind'], file: string): Original => ({ kind, file, text: readFileSync(join(root, file), 'utf8') });
  return {
    encounters: jsonIn(root, 'scenarios/encounters').map((f) => read('encounter', f)),
    shifts: jsonIn(root, 'scenarios/shifts').map((f) => read('shift', f)),
    catalog: read('catalog', CATALOG),
  };
}

/** The shipped world a mutant is judged in: the shipped catalog, the given rules and engine, the shipped folders. */
export function shippedBench(root: string, files: ReturnType<typeof shippedFiles>, analysis: Analysis): Bench {
  const shipped = loadCatalogText(files.catalog.text, files.catalog.file);
  if (!shipped.ok) throw new Error(`the shipped catalog does not load: ${shipped.errors[0]?.message ?? ''}`);
  const shiftDir = resolve(root, 'scenarios/shifts');
  return {
    catalog: shipped.value,
    analysis,
    encounterFor: (n) => files.encounters[n % files.encounters.length]!,
    shiftEntry: (rel) => {
      const target = resolve(shiftDir, rel);
      if (!existsSync(target) || !statSync(target).isFile()) return undefined;
      return { file: relative(root, target).split(sep).join('/'), text: readFileSync(target, 'utf8') };
    },
  };
}

/** Runs `runs` mutants from `seed`; never throws for a mutant (a throw is counted as a failure). */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const { root, runs, seed, slowSeconds = SLOW_SECONDS } = options;
  const analysis = options.analysis ?? (await import('../src/core/check/checkScenario')).ANALYSIS;
  const files = shippedFiles(root);
  const bench = shippedBench(root, files, analysis);

  // Encounters are what authors write most, so most mutants are encounters.
  const original = fc.oneof(
    { arbitrary: fc.constantFrom(...files.encounters), weight: 7 },
    { arbitrary: fc.constantFrom(...files.shifts), weight: 1 },
    { arbitrary: fc.constant(files.catalog), weight: 2 },
  );
  const mutant = fc.record({ original, mutation, pick: fc.nat() });

  const summary: FuzzSummary = {
    seed,
    mutants: 0,
    rejected: 0,
    accepted: 0,
    failures: [],
    byKind: { encounter: 0, shift: 0, catalog: 0 },
    slowest: { index: -1, file: '', seconds: 0 },
  };
  // The property never fails, so fast-check neither stops nor shrinks: every mutant is counted.
  fc.check(
    fc.property(mutant, ({ original: o, mutation: m, pick }) => {
      const index = summary.mutants++;
      summary.byKind[o.kind]++;
      let text: string;
      try {
        text = applyMutations(o.text, m);
      } catch (e) {
        // A fuzzer that cannot build its mutant tests nothing: that is a failure too.
        summary.failures.push({
          index,
          kind: o.kind,
          file: o.file,
          mutation: m,
          text: o.text,
          why: `the fuzzer could not build this mutant: ${String(e)}`,
        });
        return true;
      }
      // CPU time, not the wall clock, so a busy machine does not make a file look slow.
      const before = process.cpuUsage();
      const judged = judge({ kind: o.kind, file: o.file, text }, bench, pick);
      const used = process.cpuUsage(before);
      const seconds = (used.user + used.system) / 1e6;
      if (seconds > summary.slowest.seconds) summary.slowest = { index, file: o.file, seconds };
      // A file that takes seconds to read freezes the game's page as surely as a crash stops it.
      const verdict: typeof judged =
        judged.outcome !== 'failed' && seconds > slowSeconds
          ? {
              outcome: 'failed',
              why: `it took ${seconds.toFixed(1)} s of CPU time to load, check and play (at most ${slowSeconds} s): a hostile file must not freeze the game`,
            }
          : judged;
      if (verdict.outcome === 'rejected') summary.rejected++;
      else if (verdict.outcome === 'accepted') summary.accepted++;
      else summary.failures.push({ index, kind: o.kind, file: o.file, mutation: m, text, why: verdict.why });
      options.progress?.(summary.mutants);
      return true;
    }),
    { seed, numRuns: runs },
  );
  return summary;
}
