import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { progressRecordSchema, type ProgressRecord } from '../../core';
import { readSavedProgress } from '../savedProgressMigration';
import type { SavedProgress } from '../savedProgressSchema';
import type { AttemptLedger } from './attempt';
import { packRecord, unpackRecord } from './compactBests';

/** SCORM 1.2 gives a SCO 4,096 characters of cmi.suspend_data. */
export const SUSPEND_LIMIT = 4096;

/** Marks our format, so suspend data written by something else is never misread. */
const PREFIX = 'TS1:';

/** What TechShift keeps in the LMS between sessions: the saved encounter and the attempt so far. */
export interface SuspendPayload {
  progress: SavedProgress | null;
  ledger: AttemptLedger;
  /** The student's points and badges (compact, no history): kept whatever else must go. */
  points?: ProgressRecord;
}

/** How much of the payload fitted: everything, everything but the current encounter's log, or the ledger only. */
export type SuspendFit = 'all' | 'without-current-log' | 'ledger-only';

const ledgerSchema = z.record(z.string(), z.tuple([z.number().min(0).max(100), z.union([z.literal(0), z.literal(1)])]));
// The saved progress inside is read like any save (older versions migrated), so it is checked apart.
const payloadSchema = z.object({ v: z.literal(1), p: z.unknown(), l: ledgerSchema, g: z.unknown().optional() });

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Deflated JSON in base64: a shift's logs repeat the same keys and ids, so they shrink about tenfold. */
function pack(payload: SuspendPayload): string {
  const json = JSON.stringify({
    v: 1,
    p: payload.progress,
    l: payload.ledger,
    ...(payload.points ? { g: packRecord(payload.points) } : {}),
  });
  return PREFIX + toBase64(deflateSync(strToU8(json), { level: 9 }));
}

/**
 * The payload as suspend-data text within the limit. When it does not fit, the current
 * encounter's log goes first (that patient starts again; the shift's place and its finished
 * patients stay), then the whole saved progress; the ledger (the scores) always stays.
 */
export function encodeSuspend(payload: SuspendPayload, limit = SUSPEND_LIMIT): { text: string; fit: SuspendFit } {
  const all = pack(payload);
  if (all.length <= limit) return { text: all, fit: 'all' };
  if (payload.progress && payload.progress.log.length > 0) {
    const lighter = pack({ ...payload, progress: { ...payload.progress, log: [] } });
    if (lighter.length <= limit) return { text: lighter, fit: 'without-current-log' };
  }
  return {
    text: pack({ progress: null, ledger: payload.ledger, ...(payload.points ? { points: payload.points } : {}) }),
    fit: 'ledger-only',
  };
}

/** The payload in suspend-data text, or null for empty, foreign or damaged text. */
export function decodeSuspend(text: string): SuspendPayload | null {
  if (!text.startsWith(PREFIX)) return null;
  try {
    const json: unknown = JSON.parse(strFromU8(inflateSync(fromBase64(text.slice(PREFIX.length)))));
    const parsed = payloadSchema.safeParse(json);
    if (!parsed.success) return null;
    // Points that do not read are dropped alone: the saved shift and the scores still come back.
    const points = progressRecordSchema.safeParse(unpackRecord(parsed.data.g));
    const kept = { ledger: parsed.data.l, ...(points.success ? { points: points.data } : {}) };
    if (parsed.data.p === null) return { progress: null, ...kept };
    const progress = readSavedProgress(parsed.data.p);
    return progress ? { progress, ...kept } : null;
  } catch {
    return null;
  }
}
