/**
 * npm run bench: builds the game, serves it on 127.0.0.1, measures it (and any --peer URLs) in fresh
 * headless Chromium browsers, measures the core in Node, prints a table and writes bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { USAGE, parseArgs } from './args';
import { BUDGETS, checkBudgets, overBudget } from './budgets';
import { eagerFiles } from './eagerFiles';
import { measureCore } from './measureCore';
import { measureLongPlay } from './measureLongPlay';
import { measureOnce, type Target } from './measurePage';
import { ROOT, buildBundle, serveBuild } from './serve';
import { summarize } from './summarize';
import { budgetLines, coreLines, kB, largestFiles, longPlayLines, stationTable, targetTable } from './table';
import { isNa, na, why, type LongPlayResult, type Maybe, type RepeatResult, type TargetResult } from './types';

/** The whole bench should finish within 5 minutes; long play is capped to what remains (minus a margin). */
const TARGET_SECONDS = 270;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'assets', 'scenarios'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

function peerName(url: string, i: number): string {
  return `peer${i + 1}:${new URL(url).host}`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`bench: ${args}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const began = Date.now();
  const loadAtStart = loadavg()[0]!;
  const probe = await launchChromium(); // fails fast, with the install hint, when there is no Chromium
  const chromium = probe.version();
  await probe.close();

  log('core in Node (replay, checker)…');
  const core = await measureCore();

  log('building the production bundle…');
  const served = await serveBuild(await buildBundle());
  try {
    const eager = eagerFiles(served.dir);
    const targets: Target[] = [
      { name: 'techshift', url: served.url, isGame: true },
      ...args.peers.map((url, i) => ({ name: peerName(url, i), url, isGame: false })),
    ];
    const repeats = new Map<Target, RepeatResult[]>(targets.map((t) => [t, []]));
    for (let i = 0; i < args.repeats; i++) {
      for (const t of targets) {
        log(`repeat ${i + 1}/${args.repeats}: ${t.name} in a fresh browser…`);
        // Once a repeat has found no Start button, later ones wait less for it (the reason names the shorter wait).
        const noMenu = repeats.get(t)!.some((r) => isNa(r.menuMs));
        const r = await measureOnce(t, noMenu ? 5_000 : undefined);
        repeats.get(t)!.push(r);
        log(
          `  ${Object.entries(r.seconds)
            .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
            .join(', ')}`,
        );
      }
    }
    const results: TargetResult[] = targets.map((t) => ({ ...t, repeats: repeats.get(t)!, summary: summarize(repeats.get(t)!) }));
    const game = results[0]!;

    let longPlay: Maybe<LongPlayResult> = na('skipped (--quick)');
    if (!args.quick) {
      // Long play gets what is left of the 5-minute target (at least a minute), so the bench stays inside it.
      const cap = Math.max(60, TARGET_SECONDS - (Date.now() - began) / 1000);
      log(`long play (1 encounter, then 50 more; cap ${cap.toFixed(0)} s)…`);
      longPlay = await measureLongPlay(served.url, 50, cap);
    }

    const firstLoad = game.summary.bytesToMenu;
    const checks = checkBudgets({
      firstLoadGzipBytes: isNa(firstLoad) ? firstLoad : firstLoad.total.gzip,
      stations: game.summary.stations,
      idleFramesIn5s: game.summary.idleFrames,
      geometryGrowth: isNa(longPlay) ? longPlay : longPlay.geometriesAfterN - longPlay.geometriesAfter1,
      textureGrowth: isNa(longPlay) ? longPlay : longPlay.texturesAfterN - longPlay.texturesAfter1,
      heapGrowthPercent: isNa(longPlay) ? longPlay : longPlay.heapSteadyGrowthPercent,
    });

    const seconds = (Date.now() - began) / 1000;
    const meta = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      node: process.version,
      chromium,
      cpus: cpus().length,
      repeats: args.repeats,
      quick: args.quick,
      viewport: '1280x720, SwiftShader (software WebGL)',
      seconds,
      /** 1-minute load average at the start and the end: other work on the machine slows frames down. */
      loadAverage: [loadAtStart, loadavg()[0]!],
    };
    const eagerGzip = eager.reduce((n, f) => n + f.gzip, 0);
    const out = [
      `TechShift bench · ${meta.date.slice(0, 16)} · ${meta.commit} · Chromium ${chromium} · ${meta.cpus} CPUs · ${args.repeats} repeat(s), fresh browser each · ${meta.viewport}`,
      '',
      ...targetTable(results),
      '',
      `Built index.html eager files (what tests/e2e/budgets.test.ts checks): ${kB(eagerGzip)} gzip in ${eager.length} files`,
      ...results.flatMap(largestFiles),
      '',
      ...stationTable(game),
      '',
      ...longPlayLines(longPlay),
      '',
      ...coreLines(core),
      '',
      ...budgetLines(checks),
      ...results.flatMap((t) => {
        const errs = [...new Set(t.repeats.flatMap((r) => r.errors))];
        const notes = [...new Set(t.repeats.flatMap((r) => r.notes))];
        return [...notes.map((n) => `note (${t.name}): ${n}`), ...errs.slice(0, 5).map((e) => `page error (${t.name}): ${e}`)];
      }),
      `bench took ${seconds.toFixed(0)} s · load average ${meta.loadAverage.map((l) => l.toFixed(1)).join(' → ')} on ${meta.cpus} CPUs${
        Math.max(...meta.loadAverage) > meta.cpus ? ' (busy machine: frame and start times are slower than on a quiet one)' : ''
      }`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    writeFileSync(
      join(ROOT, 'bench/results.json'),
      `${JSON.stringify({ meta, budgets: BUDGETS, checks, targets: results, eager, longPlay, core }, null, 2)}\n`,
    );
    log('wrote bench/results.json');

    const over = overBudget(checks);
    if (args.check && over.length > 0) {
      process.stderr.write(`bench: over budget: ${over.map((c) => c.figure).join('; ')}\n`);
      return 1;
    }
    return 0;
  } finally {
    await served.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`bench: ${why(e)}\n`);
    process.exit(2);
  },
);
