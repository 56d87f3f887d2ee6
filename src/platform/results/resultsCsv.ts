import Papa from 'papaparse';
import { z } from 'zod';
import { SKILLS, actionSchema, type Action, type Skill } from '../../core';
import type { ResultsFile, ShiftTag } from './resultsFileSchema';
import { criticalToken, withoutExtension, type Submission } from './submission';
import { fieldProblem } from './fieldProblem';

/** One encounter as a CSV row: the student's download and the instructor's gradebook use the same columns. */
export interface ResultsRow {
  student: string;
  exportedAt: string;
  appVersion: string;
  shift?: ShiftTag | undefined;
  scenarioId: string;
  title: string;
  source: string;
  scenarioVersion: string;
  mode: 'practice' | 'assessment';
  score: number;
  passed: boolean;
  /** `code` or `code@rx`. */
  critical: readonly string[];
  skills: Record<Skill, number | null>;
  timeTakenSeconds: number;
  log: readonly Action[];
}

/** The columns, in order; the log goes last because it is long (JSON, so the row can be replayed). */
export const CSV_COLUMNS = [
  'student',
  'exported_at',
  'app_version',
  'shift_id',
  'shift_title',
  'shift_path',
  'scenario_id',
  'scenario_title',
  'scenario_source',
  'scenario_version',
  'mode',
  'score',
  'result',
  'critical_errors',
  ...SKILLS,
  'time_taken_seconds',
  'log',
] as const;

/** The rows of a student's results file. */
export function rowsOfFile(file: ResultsFile): ResultsRow[] {
  return file.encounters.map((e) => ({
    student: file.studentName ?? '',
    exportedAt: file.exportedAt,
    appVersion: file.appVersion,
    shift: e.shift,
    scenarioId: e.scenarioId,
    title: e.title,
    source: e.source,
    scenarioVersion: e.scenarioVersion,
    mode: e.mode,
    score: e.score,
    passed: e.passed,
    critical: e.criticalErrors.map(criticalToken),
    skills: e.skills,
    timeTakenSeconds: e.timeTakenSeconds,
    log: e.log,
  }));
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes doubled, a header row) with one row per encounter.
 * A value a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with ' and read back without it.
 */
export function resultsCsv(rows: readonly ResultsRow[]): string {
  const data = rows.map((r) => [
    r.student,
    r.exportedAt,
    r.appVersion,
    r.shift?.id ?? '',
    r.shift?.title ?? '',
    r.shift?.path ?? '',
    r.scenarioId,
    r.title,
    r.source,
    r.scenarioVersion,
    r.mode,
    String(r.score),
    r.passed ? 'pass' : 'fail',
    r.critical.join(' '),
    ...SKILLS.map((s) => (r.skills[s] === null ? '' : String(r.skills[s]))),
    String(r.timeTakenSeconds),
    JSON.stringify(r.log),
  ]);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: true });
}

const number = (what: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, `expected ${what}`)
    .transform(Number);
const skill = z.union([z.literal('').transform(() => null), number('a score from 0 to 100 or nothing').pipe(z.number().max(100))]);
const log = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected the action log as JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.array(actionSchema));

/** A gradebook row as read back; every column is text until checked here. */
const rowSchema = z.object({
  student: z.string(),
  exported_at: z.iso.datetime(),
  app_version: z.string(),
  shift_id: z.string(),
  shift_title: z.string(),
  shift_path: z.string(),
  scenario_id: z.string().min(1),
  scenario_title: z.string(),
  scenario_source: z.string().min(1),
  scenario_version: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits (the scenario version)'),
  mode: z.enum(['practice', 'assessment']),
  score: number('a score from 0 to 100').pipe(z.number().max(100)),
  result: z.enum(['pass', 'fail']),
  critical_errors: z.string(),
  ...Object.fromEntries(SKILLS.map((s) => [s, skill])),
  time_taken_seconds: number('seconds'),
  log,
});

/** Undoes resultsCsv's formula guard on text a student typed. */
const unguard = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/** A results CSV (a student's, or a gradebook this page wrote) as submissions, one per student and download; or what is wrong, by row and column. */
export function readResultsCsv(text: string, fileName: string): { ok: true; submissions: Submission[] } | { ok: false; message: string } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const fatal = parsed.errors.find((e) => e.type !== 'FieldMismatch' || e.code === 'TooManyFields');
  if (fatal) return { ok: false, message: `row ${(fatal.row ?? 0) + 2}: ${fatal.message}` };
  const missing = CSV_COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length)
    return { ok: false, message: `not a TechShift results CSV: the header has no ${missing.map((c) => `"${c}"`).join(', ')} column` };
  if (parsed.data.length === 0) return { ok: false, message: 'the CSV has a header but no rows' };

  const byDownload = new Map<string, Submission>();
  for (const [i, raw] of parsed.data.entries()) {
    const row = rowSchema.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, unguard(v ?? '')])));
    if (!row.success) return { ok: false, message: `row ${i + 2}, column ${fieldProblem(row.error)}` };
    const r = row.data;
    const student = r.student || withoutExtension(fileName);
    const key = `${student}\u0000${r.exported_at}`;
    let submission = byDownload.get(key);
    if (!submission) {
      submission = { fileName, student, exportedAt: r.exported_at, appVersion: r.app_version, encounters: [] };
      byDownload.set(key, submission);
    }
    submission.encounters.push({
      scenarioId: r.scenario_id,
      title: r.scenario_title,
      source: r.scenario_source,
      scenarioVersion: r.scenario_version,
      mode: r.mode,
      ...(r.shift_id ? { shift: { id: r.shift_id, title: r.shift_title, path: r.shift_path || r.shift_id } } : {}),
      log: r.log,
      timeTakenSeconds: r.time_taken_seconds,
      claimed: { score: r.score, passed: r.result === 'pass', critical: r.critical_errors.split(/\s+/).filter(Boolean).sort() },
    });
  }
  return { ok: true, submissions: [...byDownload.values()] };
}
