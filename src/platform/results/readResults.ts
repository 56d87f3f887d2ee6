import { fieldProblem } from './fieldProblem';
import { readResultsCsv } from './resultsCsv';
import { RESULTS_FORMAT, resultsFileSchema } from './resultsFileSchema';
import { submissionOf, type Submission } from './submission';

/** The largest file read: a whole shift's results are a few tens of kilobytes, so anything this big is not one. */
export const MAX_RESULTS_BYTES = 1_000_000;

/** What reading one dropped file gave: its submissions, or a message naming the file and what is wrong. */
export type ReadOutcome = { ok: true; submissions: Submission[] } | { ok: false; fileName: string; message: string };

/** Refuses a file too big to be a results file before reading a byte of it. */
export function tooBig(fileName: string, bytes: number): ReadOutcome | null {
  if (bytes <= MAX_RESULTS_BYTES) return null;
  const mb = (bytes / 1_000_000).toFixed(1);
  return {
    ok: false,
    fileName,
    message: `${fileName}: ${mb} MB is far too big for a TechShift results file (at most ${MAX_RESULTS_BYTES / 1_000_000} MB); it was not read`,
  };
}

/** Reads a results file (JSON) or a results CSV (a student's or this page's gradebook); never throws. */
export function readResults(fileName: string, text: string): ReadOutcome {
  const big = tooBig(fileName, text.length);
  if (big) return big;
  const fail = (message: string): ReadOutcome => ({ ok: false, fileName, message: `${fileName}: ${message}` });
  const body = text.replace(/^\uFEFF/, '');
  const looksJson = /^\s*[[{]/.test(body);
  if (/\.csv$/i.test(fileName) || (!looksJson && body.startsWith('student,'))) {
    const csv = readResultsCsv(body, fileName);
    return csv.ok ? csv : fail(csv.message);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const why = error instanceof SyntaxError ? ` (${error.message})` : '';
    return fail(`not JSON, so not a TechShift results file${why}`);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== RESULTS_FORMAT) {
    return fail(`JSON, but not a TechShift results file: format: expected "${RESULTS_FORMAT}"`);
  }
  const file = resultsFileSchema.safeParse(json);
  if (!file.success) return fail(fieldProblem(file.error));
  return { ok: true, submissions: [submissionOf(file.data, fileName)] };
}
