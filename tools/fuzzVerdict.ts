/**
 * What must hold for every hostile scenario file, whatever it holds: the game's loader and the
 * checker never throw, every problem names file:line:column at a place that exists in the file,
 * no message admits a TechShift bug, the game and the checker agree, and a file that loads is
 * solved and replayed (twice, and from a saved log) to the same state, with a score of 0–100 and
 * feedback free of "NaN" or "undefined". A shift that passes lists only encounters that play.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Analysis } from '../src/core/check/analysis';
import { checkFile } from '../src/core/check/checkFile';
import type { CatalogIndex } from '../src/core/scenario/catalogIndex';
import { loadCatalogText, loadEncounterText, loadShiftText } from '../src/core/scenario/load';
import { formatProblem, type Problem } from '../src/core/scenario/problems';
import { feedbackFor, renderFinding, renderResult } from '../src/core/wording';

/** What happened to one mutant. */
export type Verdict = { outcome: 'rejected' } | { outcome: 'accepted' } | { outcome: 'failed'; why: string };

/** A hostile file and what to check it against. */
export interface Suspect {
  kind: 'encounter' | 'shift' | 'catalog';
  /** The file name every problem must start with, as the checker prints it. */
  file: string;
  text: string;
}

/** The world a suspect is checked in: the catalog, the rules and engine, and the files beside it. */
export interface Bench {
  catalog: CatalogIndex;
  analysis: Analysis;
  /** For a catalog mutant: an encounter (file name and text) to load and play against it. */
  encounterFor(n: number): { file: string; text: string };
  /** For a shift: the file a path relative to the shift's folder names (by its name from the root), if there is one. */
  shiftEntry(relativePath: string): { file: string; text: string } | undefined;
}

const BUG = /bug in TechShift|probably a bug/;

/** Thrown inside a check to name the broken property; anything else thrown is a crash. */
class Broken extends Error {}

/** Checks one suspect; never throws (a throw anywhere below is itself the failure). */
export function judge(suspect: Suspect, bench: Bench, pick = 0): Verdict {
  try {
    if (suspect.kind === 'catalog') return judgeCatalog(suspect, bench, pick);
    if (suspect.kind === 'shift') return judgeShift(suspect, bench);
    return judgeEncounter(suspect, bench.catalog, bench.analysis);
  } catch (e) {
    if (e instanceof Broken) return { outcome: 'failed', why: e.message };
    const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { outcome: 'failed', why: `uncaught exception: ${stack.split('\n').slice(0, 6).join('\n')}` };
  }
}

function judgeEncounter(s: Suspect, catalog: CatalogIndex, analysis: Analysis): Verdict {
  const game = loadEncounterText(s.text, s.file, catalog);
  const checked = checkFile(s.text, s.file, catalog, analysis);
  located(s, game.ok ? game.warnings : [...game.errors, ...game.warnings]);
  located(s, [...checked.errors, ...checked.warnings]);
  if (!game.ok) {
    if (checked.ok) throw new Broken('the game rejects this file but the checker accepts it');
    return { outcome: 'rejected' };
  }
  if (!checked.ok) throw new Broken(`the game loads this file but the checker rejects it: ${formatProblem(checked.errors[0]!)}`);

  const encounter = game.value;
  const log = analysis.solve(encounter);
  const first = analysis.replay(encounter, log);
  const again = analysis.replay(encounter, log);
  // A saved game is the log as JSON: it must rebuild the very same state.
  const saved = analysis.replay(encounter, JSON.parse(JSON.stringify(log)));
  if (!isDeepStrictEqual(first, again)) throw new Broken('replaying the expert log twice gives two different states');
  if (!isDeepStrictEqual(first, saved)) throw new Broken('replaying the expert log from JSON gives a different state');
  if (!first.complete) throw new Broken(`the expert log (${log.length} actions) does not finish the encounter`);
  const report = analysis.report(first);
  if (!isDeepStrictEqual(report, analysis.report(again))) throw new Broken('the same log gives two different reports');
  if (!Number.isFinite(report.score) || report.score < 0 || report.score > 100)
    throw new Broken(`the expert's score is ${report.score}, not 0–100`);
  const shown = [
    ...first.findings.map((f) => renderFinding(f, 'en')),
    ...first.results.map((r) => renderResult(r, 'en')),
    ...[...report.aced, ...report.improve, ...report.critical].flatMap((r) =>
      Object.values(feedbackFor(r, encounter, 'en')).filter((v): v is string => typeof v === 'string'),
    ),
  ];
  for (const words of shown) {
    const slip = SLIPS.exec(words)?.[0];
    if (slip !== undefined && !s.text.includes(slip))
      throw new Broken(`the feedback shows "${slip}", which is not in the file: ${shorten(words)}`);
  }
  return { outcome: 'accepted' };
}

/** Words that reach a student only when the code turned a bad value into text. */
const SLIPS = /NaN|-?Infinity|undefined|Invalid Date|\[object Object\]|\d+e[+-]\d+/;

function judgeShift(s: Suspect, bench: Bench): Verdict {
  const game = loadShiftText(s.text, s.file);
  const checked = checkFile(s.text, s.file, bench.catalog, bench.analysis, {
    fileExists: (rel) => bench.shiftEntry(rel) !== undefined,
    readFile: (rel) => bench.shiftEntry(rel)?.text,
  });
  located(s, game.ok ? game.warnings : [...game.errors, ...game.warnings]);
  located(s, [...checked.errors, ...checked.warnings]);
  if (!game.ok) {
    if (checked.ok) throw new Broken('the game rejects this shift but the checker accepts it');
    return { outcome: 'rejected' };
  }
  if (!checked.ok) return { outcome: 'rejected' };
  // A shift the checker passes must open: every encounter it lists loads and plays.
  for (const entry of game.value.encounters) {
    const found = bench.shiftEntry(entry.file);
    if (!found) throw new Broken(`the checker accepts this shift, but its encounter "${entry.file}" is not there`);
    const played = judgeOnce(found, bench);
    if (played.outcome === 'rejected') throw new Broken(`the checker accepts this shift, but its encounter "${entry.file}" does not load`);
    if (played.outcome === 'failed') return played;
  }
  return { outcome: 'accepted' };
}

/** Verdicts on the unchanged files shifts point at, judged once per bench. */
const judgedEntries = new WeakMap<Bench, Map<string, Verdict>>();

function judgeOnce(file: { file: string; text: string }, bench: Bench): Verdict {
  const seen = judgedEntries.get(bench) ?? new Map<string, Verdict>();
  judgedEntries.set(bench, seen);
  const known = seen.get(file.file);
  if (known) return known;
  let verdict: Verdict;
  try {
    verdict = judgeEncounter({ kind: 'encounter', ...file }, bench.catalog, bench.analysis);
  } catch (e) {
    // A file of another kind (a catalog, a shift) is refused with a located problem, not thrown.
    verdict = { outcome: 'failed', why: `${file.file}: ${e instanceof Error ? e.message : String(e)}` };
  }
  seen.set(file.file, verdict);
  return verdict;
}

function judgeCatalog(s: Suspect, bench: Bench, pick: number): Verdict {
  const loaded = loadCatalogText(s.text, s.file);
  located(s, loaded.ok ? loaded.warnings : [...loaded.errors, ...loaded.warnings]);
  if (!loaded.ok) return { outcome: 'rejected' };
  // A catalog that loads must still let a shipped encounter load (or be rejected with a place) and play.
  const encounter = bench.encounterFor(pick);
  const played = judgeEncounter({ kind: 'encounter', ...encounter }, loaded.value, bench.analysis);
  return played.outcome === 'failed' ? played : { outcome: 'accepted' };
}

/** Every problem starts "file:line:column " with a line and column inside the text, and admits no bug. */
function located(s: Suspect, problems: readonly Problem[]): void {
  const lines = lineLengths(s.text.replace(/^\ufeff/, ''));
  const shape = new RegExp(`^${escape(s.file)}:\\d+:\\d+ `);
  for (const p of problems) {
    const shown = formatProblem(p);
    if (!shape.test(shown)) throw new Broken(`a problem does not start with ${s.file}:line:column — ${shorten(shown)}`);
    const width = lines[p.line - 1];
    if (width === undefined || p.column < 1 || p.column > width + 1) {
      throw new Broken(`a problem points at ${p.line}:${p.column}, which is not in the file — ${shorten(shown)}`);
    }
    if (BUG.test(p.message)) throw new Broken(`TechShift reports a bug of its own — ${shorten(shown)}`);
  }
}

/** The length of each line, with the line breaks the checker counts (\n, \r\n, \r). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shorten(s: string): string {
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}
