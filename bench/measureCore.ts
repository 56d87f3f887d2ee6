import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './serve';
import { median } from './stats';
import { attempt, na, type CoreResult } from './types';

const ENCOUNTERS = join(ROOT, 'scenarios/encounters');
const CATALOG_DIR = join(ROOT, 'scenarios/catalog');
const CATALOG_FILE = join(CATALOG_DIR, 'products.json');

/** The shipped encounter files, sorted. */
function shippedEncounters(): string[] {
  return readdirSync(ENCOUNTERS)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => join(ENCOUNTERS, f));
}

/** Median seconds of `runs` calls (after one warm-up call). */
async function timeIt(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push((performance.now() - t) / 1000);
  }
  return median(times);
}

/** Replays a 50-encounter shift (the expert logs of the shipped encounters, in turn) and reports actions per second. */
async function measureReplay(encounters = 50): Promise<CoreResult['replay']> {
  const { loadCatalogText, loadEncounterText } = await import('../src/core/scenario/load');
  const { replay } = await import('../src/core/engine/engine');
  const { solve } = await import('../src/core/engine/solve');
  const catalog = loadCatalogText(readFileSync(CATALOG_FILE, 'utf8'), 'scenarios/catalog/products.json');
  if (!catalog.ok) return na(`the catalog does not load: ${catalog.errors[0]?.message ?? '?'}`);
  const games = shippedEncounters().flatMap((file) => {
    const r = loadEncounterText(readFileSync(file, 'utf8'), `scenarios/encounters/${basename(file)}`, catalog.value);
    return r.ok ? [{ encounter: r.value, log: solve(r.value) }] : [];
  });
  if (games.length === 0) return na('no shipped encounter loads');
  const shift = Array.from({ length: encounters }, (_, i) => games[i % games.length]!);
  const actions = shift.reduce((n, g) => n + g.log.length, 0);
  let completed = 0;
  const seconds = await timeIt(3, () => {
    completed = 0;
    for (const g of shift) if (replay(g.encounter, g.log).complete) completed += 1;
  });
  return { encounters, actions, seconds, actionsPerSecond: actions / seconds, completed };
}

/** Runs the scenario checker in-process on `count` copies of the shipped encounters (different names) and times it. */
async function measureChecker(count = 100): Promise<CoreResult['checker']> {
  const { main } = await import('../tools/check-scenarios');
  const files = shippedEncounters();
  if (files.length === 0) return na('no shipped encounters to copy');
  const dir = mkdtempSync(join(tmpdir(), 'techshift-check-'));
  try {
    for (let i = 0; i < count; i++) {
      const src = files[i % files.length]!;
      copyFileSync(src, join(dir, `${String(i).padStart(3, '0')}-${basename(src)}`));
    }
    let exitCode = -1;
    let out = '';
    let err = '';
    const run = async () => {
      out = '';
      err = '';
      exitCode = await main(['--json', '--catalog', CATALOG_DIR, dir], { cwd: ROOT, stdout: (t) => (out += t), stderr: (t) => (err += t) });
    };
    const seconds = await timeIt(2, run);
    if (exitCode === 2) return na(`the checker stopped: ${err.trim().split('\n')[0] ?? 'exit 2'}`);
    const report = JSON.parse(out) as { files: { file: string; ok: boolean }[] };
    const checked = report.files.filter((f) => !f.file.includes('catalog'));
    return { files: checked.length, okFiles: checked.filter((f) => f.ok).length, seconds, exitCode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The core's speed in Node: shift replay and the checker on 100 files. Missing modules make n/a figures. */
export async function measureCore(): Promise<CoreResult> {
  return { replay: await attempt('replay', measureReplay), checker: await attempt('checker', measureChecker) };
}
