/**
 * The scenario checker: npm run check-scenarios -- [--json] [--lang en|es] [--catalog <file or folder>] [files or folders …]
 * Checks every scenario file (default: scenarios/, skipping catalog/ and *.schema.json) against the
 * catalog, prints errors and warnings with file:line:column, the findings, and the expert path's
 * score. Exit 0 when every file is ok (warnings allowed), 1 otherwise, 2 on a usage or internal error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reason, type Analysis } from '../src/core/check/analysis';
import { checkFile, type CheckedFile } from '../src/core/check/checkFile';
import { humanBlock, jsonReport, totalLine } from '../src/core/check/formatCheck';
import { emptyCatalog, type CatalogIndex } from '../src/core/scenario/catalogIndex';
import { loadCatalogText } from '../src/core/scenario/load';
import { SCENARIO_LANGUAGES, type ScenarioLanguage } from '../src/core/scenario/primitives';
import { FILE_PATH, type Problem } from '../src/core/scenario/problems';

/** Where the checker reads and writes; tests pass their own. `analysis: null` skips rules and engine. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  analysis?: Analysis | null;
}

const USAGE =
  'usage: npm run check-scenarios -- [--json] [--lang en|es] [--catalog <file or folder>] [files or folders …]  (default: scenarios/; --lang es: mensajes en español)';
const DEFAULT_TARGET = 'scenarios';
const DEFAULT_CATALOG = 'scenarios/catalog';
/** Files larger than this are not even read (the loader's own limit is far lower). */
const READ_LIMIT = 16_000_000;

interface Args {
  json: boolean;
  language: ScenarioLanguage;
  help: boolean;
  catalog: string;
  targets: string[];
}

/** Runs the checker; resolves to the exit code. Never throws and never prints a stack trace. */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const out = io.stdout ?? ((t: string) => process.stdout.write(t));
  const err = io.stderr ?? ((t: string) => process.stderr.write(t));
  try {
    const args = parseArgs(argv);
    if (typeof args === 'string') {
      err(`check-scenarios: ${args}\n${USAGE}\n`);
      return 2;
    }
    if (args.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    const cwd = io.cwd ?? process.cwd();
    const analysis = io.analysis !== undefined ? io.analysis : await loadAnalysis();
    const { catalog, entries: catalogEntries, catalogFiles } = loadCatalogs(cwd, args.catalog);
    const checked = collectFiles(cwd, args.targets.length > 0 ? args.targets : [DEFAULT_TARGET], catalogFiles).map((item) =>
      'missing' in item ? failed(item.display, item.missing) : checkOne(item.abs, display(cwd, item.abs), catalog, analysis),
    );
    const files = [...catalogEntries, ...checked];
    if (args.json) out(`${JSON.stringify(jsonReport(files, args.language), null, 2)}\n`);
    else out(`${[...files.map((f) => humanBlock(f, analysis !== null, args.language)), totalLine(files, args.language)].join('\n\n')}\n`);
    return files.every((f) => f.ok) ? 0 : 1;
  } catch (e) {
    err(`check-scenarios: internal error: ${reason(e)}\n`);
    return 2;
  }
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, language: 'en', help: false, catalog: DEFAULT_CATALOG, targets: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (!(SCENARIO_LANGUAGES as readonly string[]).includes(value ?? '')) return `--lang needs one of: ${SCENARIO_LANGUAGES.join(', ')}`;
      args.language = value as ScenarioLanguage;
    } else if (a === '--catalog') {
      const next = argv[++i];
      if (next === undefined) return '--catalog needs a file or folder after it';
      args.catalog = next;
    } else if (a.startsWith('--catalog=')) args.catalog = a.slice('--catalog='.length);
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else args.targets.push(a);
  }
  return args;
}

/** The real rules and engine, loaded lazily so that even a broken install ends in one line, not a stack trace. */
async function loadAnalysis(): Promise<Analysis> {
  try {
    return (await import('../src/core/check/checkScenario')).ANALYSIS;
  } catch (e) {
    throw new Error(`could not load the rules and engine (${reason(e)})`);
  }
}

function loadCatalogs(cwd: string, where: string): { catalog: CatalogIndex; entries: CheckedFile[]; catalogFiles: Set<string> } {
  const abs = resolve(cwd, where);
  const shown = display(cwd, abs);
  if (!existsSync(abs)) {
    return {
      catalog: emptyCatalog(),
      entries: [failed(shown, `no catalog found at ${shown}: product ids cannot be checked (use --catalog <file or folder>)`)],
      catalogFiles: new Set(),
    };
  }
  const files = statSync(abs).isDirectory() ? jsonFilesIn(abs, false) : [abs];
  let catalog: CatalogIndex | undefined;
  const entries: CheckedFile[] = [];
  for (const file of files) {
    const text = readText(file);
    const name = display(cwd, file);
    if (typeof text !== 'string') {
      entries.push(failed(name, text.problem));
      continue;
    }
    const r = loadCatalogText(text, name, catalog);
    if (r.ok) catalog = r.value;
    if (!r.ok || r.warnings.length > 0) entries.push(fileVerdict(name, r.ok ? [] : r.errors, r.warnings));
  }
  return { catalog: catalog ?? emptyCatalog(), entries, catalogFiles: new Set(files) };
}

type Target = { abs: string } | { display: string; missing: string };

function collectFiles(cwd: string, targets: string[], skip: Set<string>): Target[] {
  const seen = new Set<string>();
  const out: Target[] = [];
  for (const t of targets) {
    const abs = resolve(cwd, t);
    if (!existsSync(abs)) {
      out.push({ display: t, missing: `there is no file or folder "${t}"` });
      continue;
    }
    const found = statSync(abs).isDirectory() ? jsonFilesIn(abs, true) : [abs];
    for (const f of found) {
      if (seen.has(f) || skip.has(f)) continue;
      seen.add(f);
      out.push({ abs: f });
    }
  }
  return out;
}

/** *.json files under a folder, sorted, skipping *.schema.json, hidden folders and (when asked) catalog/. */
function jsonFilesIn(dir: string, skipCatalog: boolean): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith('.') && name !== 'node_modules' && !(skipCatalog && name === 'catalog')) stack.push(full);
      } else if (name.endsWith('.json') && !name.endsWith('.schema.json')) out.push(full);
    }
  }
  return out.sort();
}

function checkOne(abs: string, name: string, catalog: CatalogIndex, analysis: Analysis | null): CheckedFile {
  const text = readText(abs);
  if (typeof text !== 'string') return failed(name, text.problem);
  const here = dirname(abs);
  const fileExists = (rel: string) => {
    const target = resolve(here, rel);
    return existsSync(target) && statSync(target).isFile();
  };
  const readFile = (rel: string) => {
    const entry = readText(resolve(here, rel));
    return typeof entry === 'string' ? entry : undefined;
  };
  return checkFile(text, name, catalog, analysis, { fileExists, readFile });
}

/** The file's text, or why it cannot be read (too big, UTF-16, unreadable). */
function readText(abs: string): string | { problem: string } {
  try {
    const size = statSync(abs).size;
    if (size > READ_LIMIT) return { problem: `this file is ${(size / 1e6).toFixed(1)} MB; scenario files are at most 1 MB` };
    const bytes = readFileSync(abs);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { problem: 'this file is saved as UTF-16 ("Unicode"); save it as UTF-8 instead' };
    }
    return bytes.toString('utf8');
  } catch (e) {
    return { problem: `the file cannot be read (${reason(e)})` };
  }
}

function failed(file: string, message: string): CheckedFile {
  const problem: Problem = { file, line: 1, column: 1, path: FILE_PATH, message, severity: 'error' };
  return fileVerdict(file, [problem], []);
}

function fileVerdict(file: string, errors: Problem[], warnings: Problem[]): CheckedFile {
  return { file, ok: errors.length === 0, errors, warnings, findings: [], daysSupply: [], playable: false, referenceScore: null };
}

/** A path as the author typed it: relative to where the checker runs, with forward slashes. */
function display(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? basename(abs) : rel).split(sep).join('/');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const oneLine = (e: unknown) => {
    process.stderr.write(`check-scenarios: internal error: ${reason(e)}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', oneLine);
  process.on('unhandledRejection', oneLine);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, oneLine);
}
