import { replay } from '../engine/engine';
import { solve } from '../engine/solve';
import { findings } from '../findings/index';
import type { CatalogIndex } from '../scenario/catalogIndex';
import { report } from '../scoring/score';
import type { Analysis } from './analysis';
import { checkFile, type CheckedFile, type CheckOptions } from './checkFile';

export type { CheckedFile, CheckOptions } from './checkFile';

/** The real rules and engine, as the checker uses them. */
export const ANALYSIS: Analysis = { findings, solve, replay, report };

/** Checks one scenario file with the real rules and engine: errors, warnings, findings, expert path. */
export function checkScenario(text: string, source: string, catalog: CatalogIndex, options: CheckOptions = {}): CheckedFile {
  return checkFile(text, source, catalog, ANALYSIS, options);
}
