import type { Analysis } from '../../../src/core/check/analysis';
import { ANALYSIS } from '../../../src/core/check/checkScenario';
import { shippedBench, shippedFiles, type Original } from '../../../tools/fuzzRun';
import type { Bench } from '../../../tools/fuzzVerdict';
import { ROOT } from '../core/scenario/helpers';

/** The shipped files, read once for every fuzz test. */
export const SHIPPED = shippedFiles(ROOT);

/** The shipped world with the real rules and engine, or with `analysis` in their place. */
export function bench(analysis: Analysis = ANALYSIS): Bench {
  return shippedBench(ROOT, SHIPPED, analysis);
}

/** A shipped encounter by its file name under scenarios/encounters/. */
export function shippedEncounter(name: string): Original {
  const found = SHIPPED.encounters.find((e) => e.file === `scenarios/encounters/${name}`);
  if (!found) throw new Error(`no shipped encounter ${name}`);
  return found;
}
