import type { ProgressRecord } from '../../core';
import { listLibrary } from '../scenarioLibrary';

/**
 * Personal bests packed small for SCORM's 4,096 characters: each shipped scenario's id becomes a
 * five-character hash and each score two base-36 digits (tenths of a point), so a best on every
 * shipped scenario costs about 600 characters instead of 3,000. A hash is read back through the
 * ids that ship now, so the packing survives a new release; a best on a file that no longer ships
 * is dropped, and one on an instructor's own file is kept under its full id.
 */
export interface PackedBests {
  /** hash + score, seven characters per best on a shipped scenario. */
  s: string;
  /** Bests on files that do not ship with TechShift, by full id. */
  x: Record<string, number>;
}

const HASH_LENGTH = 5;

/** FNV-1a over the id, in base 36: stable across releases and browsers. */
function hashOf(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).padStart(7, '0').slice(-HASH_LENGTH);
}

const scoreText = (score: number): string =>
  Math.round(Math.min(100, Math.max(0, score)) * 10)
    .toString(36)
    .padStart(2, '0');

let shipped: ReadonlyMap<string, string> | null = null;
/** Hash → id for every shipped encounter and shift. */
function shippedIds(): ReadonlyMap<string, string> {
  if (shipped) return shipped;
  const ids = listLibrary().map((e) => e.id);
  shipped = new Map(ids.map((id) => [hashOf(id), id]));
  return shipped;
}

/** Packs a map of bests. */
export function packBests(bests: Readonly<Record<string, number>>): PackedBests {
  const known = shippedIds();
  let s = '';
  const x: Record<string, number> = {};
  for (const [id, score] of Object.entries(bests)) {
    const hash = hashOf(id);
    if (known.get(hash) === id) s += hash + scoreText(score);
    else x[id] = score;
  }
  return { s, x };
}

/** Unpacks bests packed by packBests; unknown hashes are dropped. */
export function unpackBests(packed: PackedBests): Record<string, number> {
  const known = shippedIds();
  const out: Record<string, number> = { ...packed.x };
  for (let i = 0; i + HASH_LENGTH + 2 <= packed.s.length; i += HASH_LENGTH + 2) {
    const id = known.get(packed.s.slice(i, i + HASH_LENGTH));
    const score = parseInt(packed.s.slice(i + HASH_LENGTH, i + HASH_LENGTH + 2), 36) / 10;
    if (id !== undefined && Number.isFinite(score)) out[id] = score;
  }
  return out;
}

/** A record with its bests packed, for suspend data. */
export function packRecord(record: ProgressRecord): object {
  const { encounterBests, shiftBests, ...rest } = record;
  return { ...rest, eb: packBests(encounterBests), sb: packBests(shiftBests) };
}

/** A packed record back in the shape the progress schema checks (anything malformed fails that check). */
export function unpackRecord(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { eb, sb, ...rest } = value as { eb?: PackedBests; sb?: PackedBests };
  const ok = (p: PackedBests | undefined): p is PackedBests =>
    typeof p === 'object' && p !== null && typeof p.s === 'string' && typeof p.x === 'object' && p.x !== null;
  if (!ok(eb) || !ok(sb)) return value;
  return { ...rest, encounterBests: unpackBests(eb), shiftBests: unpackBests(sb) };
}
