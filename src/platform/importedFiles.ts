import { loadShippedEncounter, loadShippedShift, resolveShiftEntry, shippedCatalog, type Loaded } from './scenarioLibrary';
import {
  checkScenario,
  loadEncounterText,
  loadScenarioText,
  loadShiftText,
  problemWords,
  say,
  type LocalText,
  type Problem,
  type ResolvedEncounter,
  type Shift,
} from '../core';

/** Where opened files live: in this page's memory only. Nothing is stored or sent anywhere. */
export const IMPORT_FOLDER = 'imported';

/** The outcome of opening one file. */
export type OpenedFile =
  | { ok: true; path: string; kind: 'encounter' | 'shift'; title: LocalText; warnings: Problem[] }
  | { ok: false; name: string; problems: Problem[] };

/** Scenario files an instructor opened in this session, checked by the same loader as the checker. */
export class ImportedFiles {
  private readonly texts = new Map<string, string>();

  /** Checks and keeps a batch of files; encounters first, so a shift dropped with its encounters finds them. */
  open(files: readonly { name: string; text: string }[]): OpenedFile[] {
    const paths = files.map((f) => ({ ...f, path: `${IMPORT_FOLDER}/${f.name}` }));
    for (const f of paths) this.texts.set(f.path, f.text);
    const results = paths.map((f) => this.check(f.path, f.text));
    // A file that does not load is not kept: the next attempt starts clean.
    for (const r of results) if (!r.ok) this.texts.delete(`${IMPORT_FOLDER}/${r.name}`);
    return results;
  }

  /** An opened encounter, or a shipped one when no opened file has that name. */
  encounter(path: string): Loaded<ResolvedEncounter> {
    const text = this.find(path);
    if (text === undefined) return loadShippedEncounter(shippedEquivalent(path));
    const r = loadEncounterText(text.text, text.path, shippedCatalog());
    return r.ok ? { ok: true, value: r.value } : { ok: false, problems: r.errors };
  }

  /** An opened shift, or a shipped one. */
  shift(path: string): Loaded<Shift> {
    const text = this.find(path);
    if (text === undefined) return loadShippedShift(path);
    const r = loadShiftText(text.text, text.path);
    return r.ok ? { ok: true, value: r.value } : { ok: false, problems: r.errors };
  }

  private find(path: string): { path: string; text: string } | undefined {
    const exact = this.texts.get(path);
    if (exact !== undefined) return { path, text: exact };
    // A shift's "../encounters/x.json" from an opened shift means the opened x.json, if there is one.
    const name = path.split('/').pop() ?? path;
    const byName = this.texts.get(`${IMPORT_FOLDER}/${name}`);
    return byName === undefined ? undefined : { path: `${IMPORT_FOLDER}/${name}`, text: byName };
  }

  private check(path: string, text: string): OpenedFile {
    const name = path.slice(IMPORT_FOLDER.length + 1);
    const r = loadScenarioText(text, path, shippedCatalog());
    if (!r.ok) return { ok: false, name, problems: r.errors };
    if (r.value.kind === 'encounter') {
      // The same warnings as npm run check-scenarios: intent that disagrees with the rules, unplayable stock.
      const checked = checkScenario(text, path, shippedCatalog());
      return { ok: true, path, kind: 'encounter', title: r.value.encounter.title, warnings: checked.warnings };
    }
    const missing = r.value.shift.encounters.flatMap((e, i) => {
      const loaded = this.encounter(resolveShiftEntry(path, e.file));
      if (loaded.ok) return [];
      return [
        {
          file: path,
          line: 1,
          column: 1,
          path: `encounters[${i}].file`,
          severity: 'error' as const,
          ...problemWords(
            say('entryNotOpened', { file: e.file, ...(loaded.problems[0] !== undefined ? { inner: loaded.problems[0] } : {}) }),
          ),
        },
      ];
    });
    if (missing.length) return { ok: false, name, problems: missing };
    return { ok: true, path, kind: 'shift', title: r.value.shift.title, warnings: r.warnings };
  }
}

/** "encounters/x.json" (relative to an opened shift) → the shipped "scenarios/encounters/x.json". */
function shippedEquivalent(path: string): string {
  const clean = path.replace(/^\/+/, '');
  return clean.startsWith('scenarios/') ? clean : `scenarios/${clean}`;
}
