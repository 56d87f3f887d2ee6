/** A figure that could not be measured, with the reason shown in place of the number. */
export interface NA {
  na: string;
}

/** A measured value, or why it is missing. */
export type Maybe<T> = T | NA;

/** Marks a figure as not available, with a one-line reason. */
export function na(reason: string): NA {
  return { na: reason };
}

/** True when the figure is missing. */
export function isNa(x: unknown): x is NA {
  return typeof x === 'object' && x !== null && 'na' in x && typeof (x as NA).na === 'string';
}

/** The message of anything thrown, on one line. */
export function why(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]!.slice(0, 200);
}

/** Runs a measure and turns a throw into an n/a figure, so one broken hook never stops the bench. */
export async function attempt<T>(what: string, fn: () => Promise<Maybe<T>>): Promise<Maybe<T>> {
  try {
    return await fn();
  } catch (e) {
    return na(`${what}: ${why(e)}`);
  }
}

/** Median, p95 and count of a set of samples (milliseconds for frame times). */
export interface Spread {
  n: number;
  median: number;
  p95: number;
}

/** Bytes of one kind of file: as served (raw and on the wire) and gzip-compressed by the bench. */
export interface ByteCount {
  files: number;
  raw: number;
  encoded: number;
  gzip: number;
}

/** The kinds of file the byte figures are split into. */
export const FILE_KINDS = ['js', 'css', 'fonts', 'images', 'audio', 'other'] as const;
/** One of FILE_KINDS. */
export type FileKind = (typeof FILE_KINDS)[number];

/** One transferred file. */
export interface FileBytes {
  url: string;
  kind: FileKind;
  raw: number;
  encoded: number;
  gzip: number;
  foreign: boolean;
}

/** What one phase of loading transferred. */
export interface BytesSnapshot {
  /** Where the phase ended (e.g. "Start button usable", "load event + network quiet"). */
  boundary: string;
  total: ByteCount;
  byKind: Record<FileKind, ByteCount>;
  largest: FileBytes[];
  /** Files from another origin (goal: none). */
  foreign: FileBytes[];
}

/** Renderer figures for one station view, read from window.__techshift. */
export interface StationFigures {
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

/** Everything measured for one page (the game or a peer) in one fresh browser. */
export interface RepeatResult {
  bytesToMenu: Maybe<BytesSnapshot>;
  bytesAfterStart: Maybe<BytesSnapshot>;
  menuMs: Maybe<number>;
  firstFrameMs: Maybe<number>;
  /** Frame times while travelling on the warm tour (every view seen before). */
  travel: Maybe<Spread>;
  /** Frame times on the first trip to each station (cold: first views upload and compile). */
  firstVisit: Maybe<Spread>;
  emptyCanvas: Maybe<Spread>;
  idleFrames: Maybe<number>;
  stations: Maybe<Record<string, Maybe<StationFigures>>>;
  /** Page errors and console errors seen while measuring. */
  errors: string[];
  notes: string[];
  /** Wall-clock seconds each step of the repeat took (to keep the bench inside its time limit). */
  seconds: Record<string, number>;
}

/** Medians over repeats for one page. */
export interface TargetSummary {
  bytesToMenu: Maybe<BytesSnapshot>;
  bytesAfterStart: Maybe<BytesSnapshot>;
  menuMs: Maybe<number>;
  firstFrameMs: Maybe<number>;
  travelMedianMs: Maybe<number>;
  travelP95Ms: Maybe<number>;
  firstVisitMedianMs: Maybe<number>;
  firstVisitP95Ms: Maybe<number>;
  emptyMedianMs: Maybe<number>;
  emptyP95Ms: Maybe<number>;
  /** Median travel frame time divided by the empty canvas's, same run. */
  frameRatio: Maybe<number>;
  idleFrames: Maybe<number>;
  stations: Maybe<Record<string, Maybe<StationFigures>>>;
}

/** One page measured in the run: the game itself or a --peer URL. */
export interface TargetResult {
  name: string;
  url: string;
  isGame: boolean;
  repeats: RepeatResult[];
  summary: TargetSummary;
}

/** The long-play figures: after one encounter and after 50 more. */
export interface LongPlayResult {
  played: number;
  seconds: number;
  heapAfter1: number;
  /** Heap after WARM_UP encounters: the optimising compiler has done most of its work by then. */
  heapAfterWarm: number;
  heapAfterN: number;
  /** Growth from the first encounter to the last, warm-up (compiled code) included. */
  heapGrowthPercent: number;
  /** Growth from the warm point to the last: what a leak would show. The budget applies to this. */
  heapSteadyGrowthPercent: number;
  geometriesAfter1: number;
  geometriesAfterN: number;
  texturesAfter1: number;
  texturesAfterN: number;
  note?: string;
}

/** The Node-side figures of the pure core. */
export interface CoreResult {
  replay: Maybe<{ encounters: number; actions: number; seconds: number; actionsPerSecond: number; completed: number }>;
  checker: Maybe<{ files: number; okFiles: number; seconds: number; exitCode: number }>;
}

/** One figure with a budget, and whether it fits. */
export interface BudgetCheck {
  figure: string;
  value: Maybe<number>;
  limit: number;
  unit: string;
  /** 'ok', 'over', or 'unchecked' (the figure was n/a). */
  verdict: 'ok' | 'over' | 'unchecked';
}
