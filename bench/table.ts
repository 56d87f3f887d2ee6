import { WARM_UP } from './measureLongPlay';
import { STATIONS } from './hooks';
import {
  FILE_KINDS,
  isNa,
  type BudgetCheck,
  type BytesSnapshot,
  type CoreResult,
  type LongPlayResult,
  type Maybe,
  type TargetResult,
} from './types';
import { describeCheck } from './budgets';

/** Collects n/a reasons as numbered footnotes so table cells stay short. */
class Notes {
  private readonly reasons: string[] = [];
  /** The cell text for a figure: formatted value, or "n/a [k]" with the reason kept as footnote k. */
  cell<T>(v: Maybe<T>, fmt: (x: T) => string): string {
    if (!isNa(v)) return fmt(v);
    let k = this.reasons.indexOf(v.na);
    if (k < 0) k = this.reasons.push(v.na) - 1;
    return `n/a [${k + 1}]`;
  }
  lines(): string[] {
    return this.reasons.map((r, i) => `  [${i + 1}] ${r}`);
  }
}

/** Kilobytes (1 kB = 1000 B), one decimal. */
export const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
/** Milliseconds, no decimals. */
export const ms = (n: number) => `${Math.round(n)} ms`;
const ms1 = (n: number) => `${n.toFixed(1)} ms`;

/** Rows of cells padded into aligned columns. */
export function grid(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((row) =>
    row
      .map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

function bytesRows(label: string, snaps: Maybe<BytesSnapshot>[], notes: Notes): string[][] {
  const g = (f: (s: BytesSnapshot) => string) => snaps.map((s) => notes.cell(s, f));
  return [
    [`${label}: gzip`, ...g((s) => kB(s.total.gzip))],
    [`  raw / on the wire`, ...g((s) => `${kB(s.total.raw)} / ${kB(s.total.encoded)}`)],
    [`  files (foreign)`, ...g((s) => `${s.total.files} (${s.foreign.length})`)],
    ...FILE_KINDS.map((k) => [`  ${k} gzip`, ...g((s) => (s.byKind[k].files ? `${kB(s.byKind[k].gzip)} (${s.byKind[k].files})` : '–'))]),
  ];
}

/** The comparison table: one column per target (the game first, then each --peer). */
export function targetTable(targets: readonly TargetResult[]): string[] {
  const notes = new Notes();
  const col = <T>(f: (t: TargetResult) => Maybe<T>, fmt: (x: T) => string) => targets.map((t) => notes.cell(f(t), fmt));
  const rows: string[][] = [
    ['figure (median of repeats)', ...targets.map((t) => t.name)],
    ...bytesRows(
      'Bytes to menu',
      targets.map((t) => t.summary.bytesToMenu),
      notes,
    ),
    ...bytesRows(
      'Bytes added by Start',
      targets.map((t) => t.summary.bytesAfterStart),
      notes,
    ),
    ['Start: menu interactive', ...col((t) => t.summary.menuMs, ms)],
    ['Start: first frame after Start', ...col((t) => t.summary.firstFrameMs, ms)],
    [
      'Frames: travel (warm) median / p95',
      ...targets.map((t) => `${notes.cell(t.summary.travelMedianMs, ms1)} / ${notes.cell(t.summary.travelP95Ms, ms1)}`),
    ],
    [
      'Frames: first visits median / p95',
      ...targets.map((t) => `${notes.cell(t.summary.firstVisitMedianMs, ms1)} / ${notes.cell(t.summary.firstVisitP95Ms, ms1)}`),
    ],
    [
      'Frames: empty canvas median / p95',
      ...targets.map((t) => `${notes.cell(t.summary.emptyMedianMs, ms1)} / ${notes.cell(t.summary.emptyP95Ms, ms1)}`),
    ],
    [
      'Frames: travel ÷ empty (median)',
      ...col(
        (t) => t.summary.frameRatio,
        (x) => `${x.toFixed(2)}×`,
      ),
    ],
    [
      'Idle: frames in 5 s',
      ...col(
        (t) => t.summary.idleFrames,
        (x) => String(x),
      ),
    ],
  ];
  return [...grid(rows), ...notes.lines()];
}

/** The five largest files and any foreign ones, for one target's first load and Start. */
export function largestFiles(t: TargetResult): string[] {
  const out: string[] = [];
  for (const [label, snap] of [
    ['to menu', t.summary.bytesToMenu],
    ['added by Start', t.summary.bytesAfterStart],
  ] as const) {
    if (isNa(snap)) continue;
    out.push(`Largest files ${label} (${t.name}, boundary: ${snap.boundary}):`);
    out.push(...grid(snap.largest.map((f) => [`  ${shortUrl(f.url)}`, f.kind, `${kB(f.raw)} raw`, `${kB(f.gzip)} gzip`])));
    out.push(snap.foreign.length ? `  foreign: ${snap.foreign.map((f) => f.url).join(', ')}` : '  foreign: none');
  }
  return out;
}

function shortUrl(url: string): string {
  const u = new URL(url);
  return u.hostname === '127.0.0.1' ? u.pathname : `${u.host}${u.pathname}`;
}

/** Draw calls, triangles, geometries, textures and programs at each station view. */
export function stationTable(t: TargetResult): string[] {
  const notes = new Notes();
  const s = t.summary.stations;
  if (isNa(s)) return [`Station views: ${notes.cell(s, String)}`, ...notes.lines()];
  const rows = [['station', 'draw calls', 'triangles', 'geometries', 'textures', 'programs']];
  for (const id of STATIONS) {
    const v = s[id] ?? { na: 'not visited' };
    if (isNa(v)) rows.push([id, notes.cell(v, String), '', '', '', '']);
    else rows.push([id, String(v.drawCalls), String(v.triangles), String(v.geometries), String(v.textures), String(v.programs)]);
  }
  return [...grid(rows), ...notes.lines()];
}

/** Memory after one encounter and after the rest. */
export function longPlayLines(lp: Maybe<LongPlayResult>): string[] {
  if (isNa(lp)) return [`Long play: n/a (${lp.na})`];
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  return [
    `Long play: 1 encounter, then ${lp.played} more in ${lp.seconds.toFixed(0)} s${lp.note ? ` (${lp.note})` : ''}`,
    ...grid([
      ['', 'after 1', `after ${lp.played} more`, 'growth'],
      ['  JS heap (after forced GC)', mb(lp.heapAfter1), mb(lp.heapAfterN), `${lp.heapGrowthPercent.toFixed(1)}% (warm-up included)`],
      [
        `  JS heap from encounter ${WARM_UP}`,
        mb(lp.heapAfterWarm),
        mb(lp.heapAfterN),
        `${lp.heapSteadyGrowthPercent.toFixed(1)}% (budgeted)`,
      ],
      ['  geometries', String(lp.geometriesAfter1), String(lp.geometriesAfterN), String(lp.geometriesAfterN - lp.geometriesAfter1)],
      ['  textures', String(lp.texturesAfter1), String(lp.texturesAfterN), String(lp.texturesAfterN - lp.texturesAfter1)],
    ]),
  ];
}

/** The core's Node figures. */
export function coreLines(core: CoreResult | null): string[] {
  if (!core) return ['Core: skipped'];
  const r = core.replay;
  const c = core.checker;
  return [
    isNa(r)
      ? `Core replay: n/a (${r.na})`
      : `Core replay: ${Math.round(r.actionsPerSecond)} actions/s (${r.actions} actions, ${r.encounters} encounters, ${(r.seconds * 1000).toFixed(0)} ms; ${r.completed} completed)`,
    isNa(c)
      ? `Checker: n/a (${c.na})`
      : `Checker: ${(c.seconds * 1000).toFixed(0)} ms for ${c.files} files (${c.okFiles} ok, exit ${c.exitCode})`,
  ];
}

/** One line per budget, then a verdict. */
export function budgetLines(checks: readonly BudgetCheck[]): string[] {
  const over = checks.filter((c) => c.verdict === 'over').length;
  const unchecked = checks.filter((c) => c.verdict === 'unchecked').length;
  return [...checks.map(describeCheck), `budgets: ${checks.length - over - unchecked} ok, ${over} over, ${unchecked} not checked`];
}
