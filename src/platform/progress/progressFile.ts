import { z } from 'zod';
import { progressRecordSchema, type ProgressRecord } from '../../core';
import { fieldProblem } from '../results/fieldProblem';

/** What every progress file says it is, so a results file or a stray JSON file is told apart. */
export const PROGRESS_FORMAT = 'techshift-progress';

/** A progress file: the student's points, badges, bests and practice days, to open on another machine. */
export const progressFileSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  formatVersion: z.literal(1),
  /** When it was saved (ISO 8601). */
  savedAt: z.iso.datetime({ offset: true }),
  progress: progressRecordSchema,
});

/** A progress file's contents. */
export type ProgressFile = z.output<typeof progressFileSchema>;

/** The largest progress file read: a real one is a few kilobytes. */
const MAX_BYTES = 200_000;

/** The file to download. */
export function progressFileText(record: ProgressRecord, savedAt: string): string {
  return JSON.stringify(progressFileSchema.parse({ format: PROGRESS_FORMAT, formatVersion: 1, savedAt, progress: record }), null, 2);
}

/** "techshift-progress-2026-12-03.json". */
export const progressFileName = (savedAt: string): string => `techshift-progress-${savedAt.slice(0, 10)}.json`;

/** What opening a file gave: its record, or a message naming the file and the field at fault. */
export type OpenedProgress = { ok: true; progress: ProgressRecord } | { ok: false; message: string };

/** Reads a progress file; never throws. A file that does not read is refused whole, so nothing kept is touched. */
export function readProgressFile(fileName: string, text: string): OpenedProgress {
  const fail = (why: string): OpenedProgress => ({ ok: false, message: `${fileName}: ${why}; your progress here is unchanged.` });
  if (text.length > MAX_BYTES) return fail('far too big to be a TechShift progress file');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('not JSON, so not a TechShift progress file');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== PROGRESS_FORMAT) {
    return fail(`not a TechShift progress file: format: expected "${PROGRESS_FORMAT}"`);
  }
  const file = progressFileSchema.safeParse(json);
  return file.success ? { ok: true, progress: file.data.progress } : fail(fieldProblem(file.error));
}
