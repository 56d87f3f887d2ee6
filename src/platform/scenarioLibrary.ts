import {
  authoredText,
  entryDetail,
  neutralEncounterText,
  neutralShiftText,
  topicOf,
  type EntryDetail,
  type NeutralText,
  type Topic,
} from './libraryDescription';
import {
  type CatalogIndex,
  loadCatalogText,
  loadEncounterText,
  loadShiftText,
  problemWords,
  say,
  textIn,
  type LocalText,
  type Problem,
  type ResolvedEncounter,
  type Shift,
} from '../core';

/**
 * The scenario files that ship with the game, as raw text, so the browser runs them through
 * the very same loader and checker messages as `npm run check-scenarios`.
 */
const ENCOUNTER_TEXT = import.meta.glob<string>('/scenarios/encounters/**/*.json', { query: '?raw', import: 'default', eager: true });
const SHIFT_TEXT = import.meta.glob<string>('/scenarios/shifts/**/*.json', { query: '?raw', import: 'default', eager: true });
const CATALOG_TEXT = import.meta.glob<string>('/scenarios/catalog/*.json', { query: '?raw', import: 'default', eager: true });

/** A menu entry: enough to list a file without resolving it. */
export interface LibraryEntry {
  path: string;
  kind: 'encounter' | 'shift';
  id: string;
  title: LocalText;
  /** The author's summary: for the instructor and the report, since it may name the problem. */
  summary: LocalText;
  /** What the student reads in the menu: the author's student-facing line, never the summary… */
  studentSummary?: LocalText;
  /** …or, without one, a neutral line the UI words (null when the file cannot be read). */
  neutral: NeutralText | null;
  /** Encounters: the topic the menu lists it under (what is dispensed). */
  topic?: Topic;
  /** The note beside the entry, worded by the UI. */
  detail: EntryDetail | null;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Where to find scenario files: the shipped library, or files the instructor opened this session. */
export interface ScenarioSource {
  encounter(path: string): Loaded<ResolvedEncounter>;
  shift(path: string): Loaded<Shift>;
}

/** A shift file with every encounter it names, keyed by the encounter's path resolved against the shift's folder. */
export interface LoadedShift {
  shift: Shift;
  path: string;
  encounters: ReadonlyMap<string, ResolvedEncounter>;
}

let catalog: CatalogIndex | null = null;

/** The shipped drug catalog, loaded once. */
export function shippedCatalog(): CatalogIndex {
  if (catalog) return catalog;
  const entries = Object.entries(CATALOG_TEXT);
  const first = entries[0];
  if (!first) throw new Error('no drug catalog was bundled (scenarios/catalog/*.json)');
  const loaded = loadCatalogText(first[1], first[0].slice(1));
  if (!loaded.ok) throw new Error(`the shipped catalog does not load: ${loaded.errors[0]?.message ?? 'unknown problem'}`);
  catalog = loaded.value;
  return catalog;
}

/** Every shipped encounter and shift, sorted by title within kind. */
export function listLibrary(): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  for (const [path, text] of Object.entries(SHIFT_TEXT)) entries.push(describe(path, text, 'shift'));
  for (const [path, text] of Object.entries(ENCOUNTER_TEXT)) entries.push(describe(path, text, 'encounter'));
  return entries.sort((a, b) =>
    a.kind === b.kind ? textIn(a.title, 'en').localeCompare(textIn(b.title, 'en')) : a.kind === 'shift' ? -1 : 1,
  );
}

/** Loads a shipped encounter by its path ("scenarios/encounters/x.json" or "/scenarios/…"). */
export function loadShippedEncounter(path: string): Loaded<ResolvedEncounter> {
  const key = normalise(path);
  const text = ENCOUNTER_TEXT[key];
  if (text === undefined) return notShipped(path);
  const r = loadEncounterText(text, key.slice(1), shippedCatalog());
  return r.ok ? { ok: true, value: r.value } : { ok: false, problems: r.errors };
}

/** Loads a shipped shift by its path. */
export function loadShippedShift(path: string): Loaded<Shift> {
  const key = normalise(path);
  const text = SHIFT_TEXT[key];
  if (text === undefined) return notShipped(path);
  const r = loadShiftText(text, key.slice(1));
  return r.ok ? { ok: true, value: r.value } : { ok: false, problems: r.errors };
}

/** The files that ship with TechShift. */
export const shippedSource: ScenarioSource = { encounter: loadShippedEncounter, shift: loadShippedShift };

/** Loads a shift and all its encounters up front, so a broken encounter file is reported before the shift starts. */
export function loadShift(path: string, source: ScenarioSource): Loaded<LoadedShift> {
  const loaded = source.shift(path);
  if (!loaded.ok) return loaded;
  const encounters = new Map<string, ResolvedEncounter>();
  for (const { file } of loaded.value.encounters) {
    const at = resolveShiftEntry(path, file);
    const encounter = source.encounter(at);
    if (!encounter.ok) return encounter;
    encounters.set(at, encounter.value);
  }
  return { ok: true, value: { shift: loaded.value, path, encounters } };
}

/** The path of an encounter a shift refers to, resolved against the shift file's folder. */
export function resolveShiftEntry(shiftPath: string, file: string): string {
  const base = normalise(shiftPath).split('/').slice(0, -1);
  for (const part of file.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.' && part !== '') base.push(part);
  }
  return base.join('/');
}

/** True when the path names a shipped file of either kind. */
export function isShipped(path: string): boolean {
  const key = normalise(path);
  return key in ENCOUNTER_TEXT || key in SHIFT_TEXT;
}

function normalise(path: string): string {
  const trimmed = path.trim().replace(/^\.\//, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function notShipped(path: string): { ok: false; problems: Problem[] } {
  return {
    ok: false,
    problems: [{ file: path, line: 1, column: 1, path: '(file)', ...problemWords(say('notShipped')), severity: 'error' }],
  };
}

function describe(path: string, text: string, kind: 'encounter' | 'shift'): LibraryEntry {
  let title: LocalText = path;
  let summary: LocalText = '';
  let id = path;
  let detail: EntryDetail | null = null;
  let studentSummary: LocalText | undefined;
  let neutral: NeutralText | null = null;
  let topic: Topic | undefined;
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    title = authoredText(raw.title) ?? path;
    summary = authoredText(raw.summary) ?? '';
    id = typeof raw.id === 'string' ? raw.id : path;
    detail = entryDetail(raw, kind);
    if (kind === 'encounter') studentSummary = authoredText(raw.studentSummary);
    neutral = kind === 'shift' ? neutralShiftText(raw) : neutralEncounterText(raw);
    if (kind === 'encounter') {
      const first = Array.isArray(raw.prescriptions) ? (raw.prescriptions[0] as Record<string, unknown> | undefined) : undefined;
      topic = topicOf(typeof first?.product === 'string' ? shippedCatalog().products.get(first.product) : undefined);
    }
  } catch {
    detail = { kind: 'unreadable' };
  }
  return {
    path: path.slice(1),
    kind,
    id,
    title,
    summary,
    ...(studentSummary !== undefined ? { studentSummary } : {}),
    neutral,
    ...(topic !== undefined ? { topic } : {}),
    detail,
  };
}
