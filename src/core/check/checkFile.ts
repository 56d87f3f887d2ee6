import type { Finding } from '../findings/codes';
import type { CatalogIndex } from '../scenario/catalogIndex';
import { loadEncounterText, loadScenarioText } from '../scenario/load';
import { parseJson } from '../scenario/parseJson';
import { placer, type Placer } from '../scenario/placer';
import { sortProblems, type Problem } from '../scenario/problems';
import type { Shift } from '../scenario/shiftSchema';
import { reason, type Analysis } from './analysis';
import { say } from '../scenario/checkerWords';
import { renderFinding } from '../wording';
import { intentWarnings, stockWarnings, typeWarnings } from './authorWarnings';
import { errorWarnings } from './errorWarnings';
import { counterWarnings } from './counterWarnings';
import { stockAndPrepWarnings } from './stockCheck';
import { claimWarnings } from './claimWarnings';
import { expertPath } from './expertPath';
import { idWarnings, schemaWarnings } from './fileWarnings';
import { languageWarnings } from './languageWarnings';
import { encounterTextFields, shiftTextFields } from '../scenario/localTextFields';
import { noteWarnings, supplies, supplyWarnings, type CheckedSupply } from './supplyCheck';

export type { CheckedSupply } from './supplyCheck';

/** A finding as the checker reports it: its code, the prescription it is on, and its sentence. */
export interface CheckedFinding {
  code: string;
  /** Absent for encounter-wide findings (the person at the pick-up window, a question). */
  rx?: string;
  sentence: string;
}

/** The verdict on one file, as the checker prints it. */
export interface CheckedFile {
  file: string;
  /** No errors (warnings allowed). */
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** What the rules find, in the rules' order (one per finding). */
  findings: CheckedFinding[];
  /** Each prescription's days' supply as the rules work it out (empty for shifts and broken files). */
  daysSupply: CheckedSupply[];
  /** The expert path plays the encounter through to the end. */
  playable: boolean;
  /** The expert path's score out of 100, or null when it was not run. */
  referenceScore: number | null;
}

/** What the checker may ask of the world outside the core. */
export interface CheckOptions {
  /** Whether a path, relative to the checked file, names an existing file (for a shift's encounters). */
  fileExists?: (relativePath: string) => boolean;
  /** The text of a file, by a path relative to the checked file, or undefined when it cannot be read (so a shift's encounters are checked to be encounters). */
  readFile?: (relativePath: string) => string | undefined;
}

/**
 * Checks one scenario file: loads it (errors with line and column), warns where the author's
 * declared intent and the rules disagree or the stock cannot work, and plays the expert path.
 * With `analysis` null, only the checks that need no rules or engine are run. Never throws.
 */
export function checkFile(
  text: string,
  source: string,
  catalog: CatalogIndex,
  analysis: Analysis | null,
  options: CheckOptions = {},
): CheckedFile {
  const loaded = loadScenarioText(text, source, catalog);
  if (!loaded.ok) return verdict(source, loaded.errors, loaded.warnings, [], false, null);
  const parsed = parseJson(text, { file: source });
  if (!parsed.ok) return verdict(source, parsed.errors, loaded.warnings, [], false, null);
  const place = placer(source, parsed.tree, parsed.position);
  const fileWarnings = [...schemaWarnings(parsed.value, place, options.fileExists)];
  if (loaded.value.kind === 'shift') {
    return checkShift(
      loaded.value.shift,
      source,
      catalog,
      place,
      [
        ...loaded.warnings,
        ...fileWarnings,
        ...idWarnings(loaded.value.shift.id, source, place),
        ...languageWarnings(shiftTextFields(loaded.value.shift), place),
      ],
      options,
    );
  }

  const encounter = loaded.value.encounter;
  const errors: Problem[] = [];
  const warnings: Problem[] = [
    ...loaded.warnings,
    ...fileWarnings,
    ...idWarnings(encounter.id, source, place),
    ...stockWarnings(encounter, place),
    ...languageWarnings(encounterTextFields(encounter), place),
    ...counterWarnings(encounter, place),
    ...stockAndPrepWarnings(encounter, place),
    ...claimWarnings(encounter, place),
  ];
  if (analysis === null) return verdict(source, errors, warnings, [], false, null);

  let found: Finding[] = [];
  let days: CheckedSupply[] = [];
  try {
    found = analysis.findings(encounter);
    days = supplies(encounter);
    warnings.push(
      ...intentWarnings(encounter, found, place),
      ...typeWarnings(encounter, found, place),
      ...errorWarnings(encounter, place),
      ...supplyWarnings(encounter, days, place),
      ...noteWarnings(encounter, found, place),
    );
  } catch (e) {
    errors.push(place([], say('rulesCrashed', { why: reason(e) })));
  }
  const expert = expertPath(encounter, analysis, place);
  errors.push(...expert.errors);
  warnings.push(...expert.warnings);
  const reported = found.map((f) => ({ code: f.code, ...(f.rx !== undefined ? { rx: f.rx } : {}), sentence: renderFinding(f, 'en') }));
  return verdict(source, errors, warnings, reported, expert.playable, expert.score, days);
}

function checkShift(
  shift: Shift,
  source: string,
  catalog: CatalogIndex,
  place: Placer,
  warnings: Problem[],
  options: CheckOptions,
): CheckedFile {
  const errors: Problem[] = [];
  if (options.fileExists) {
    shift.encounters.forEach((entry, i) => {
      const at = ['encounters', i, 'file'];
      if (!options.fileExists!(entry.file)) {
        errors.push(place(at, say('noSuchFile', { file: entry.file })));
        return;
      }
      const text = options.readFile?.(entry.file);
      if (text === undefined) return;
      // The game opens each listed file as an encounter: a catalog, a shift or a broken file cannot be played.
      const kind = kindOf(text, entry.file);
      if (kind === 'shift' || kind === 'catalog') {
        errors.push(place(at, say('notAnEncounterFile', { file: entry.file, kind })));
        return;
      }
      const entryLoad = loadEncounterText(text, entry.file, catalog);
      if (!entryLoad.ok) {
        const first = entryLoad.errors[0];
        errors.push(place(at, say('entryDoesNotLoad', { file: entry.file, ...(first !== undefined ? { inner: first } : {}) })));
      }
    });
  }
  return verdict(source, errors, warnings, [], errors.length === 0, null);
}

/** The "kind" a JSON file says it is, if it says one. */
function kindOf(text: string, file: string): unknown {
  const parsed = parseJson(text, { file });
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null
    ? (parsed.value as Record<string, unknown>)['kind']
    : undefined;
}

function verdict(
  file: string,
  errors: Problem[],
  warnings: Problem[],
  findings: CheckedFinding[],
  playable: boolean,
  score: number | null,
  daysSupply: CheckedSupply[] = [],
): CheckedFile {
  return {
    file,
    ok: errors.length === 0,
    errors: sortProblems(errors),
    warnings: sortProblems(warnings),
    findings,
    daysSupply,
    playable,
    referenceScore: score,
  };
}
