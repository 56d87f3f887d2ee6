import { z } from 'zod';
import { FINDING_CODES } from '../findings/codes';
import { BADGE_CODES } from './badgeCodes';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const score = z.number().finite().min(0).max(100);
const count = z.number().int().min(0);
const id = z.string().min(1).max(200);

/** A shift still being played: what its patients so far add up to, for the shift badges and best. */
export const openShiftSchema = z.object({
  id,
  seen: count,
  scoreSum: z.number().finite().min(0),
  critical: z.boolean(),
  /** DEA problems there were to catch, and how many were caught. */
  deaFound: count,
  deaCaught: count,
});

/**
 * A student's progress, compact: points per practice day (the days give the streak), badges with
 * the day each was earned, best scores, the finding codes caught so far and the run of clean
 * fills. Small on purpose: it must fit in an LMS's suspend data beside the saved shift, so no
 * history is kept, and merging two of them never counts the same day's points twice.
 */
export const progressRecordSchema = z.object({
  version: z.literal(1),
  /** Points earned on each of the last KEEP_DAYS practice days. */
  pointsByDay: z.record(day, count),
  /** Points from practice days older than those. */
  earlierPoints: count,
  badges: z.partialRecord(z.enum(BADGE_CODES), day),
  /** Best score per encounter (scenario id). */
  encounterBests: z.record(id, score),
  /** Best average score per shift (shift id). */
  shiftBests: z.record(id, score),
  caught: z.array(z.enum(FINDING_CODES)),
  /** Clean fills in a row, up to now. */
  cleanFillRun: count,
  openShift: openShiftSchema.nullable(),
});

/** A student's progress. */
export type ProgressRecord = z.output<typeof progressRecordSchema>;
/** A shift in play. */
export type OpenShift = z.output<typeof openShiftSchema>;

/** How many practice days keep their own points; older ones are summed, so the record stays small. */
export const KEEP_DAYS = 40;

/** Progress before anything was played. */
export const EMPTY_RECORD: ProgressRecord = Object.freeze({
  version: 1,
  pointsByDay: {},
  earlierPoints: 0,
  badges: {},
  encounterBests: {},
  shiftBests: {},
  caught: [],
  cleanFillRun: 0,
  openShift: null,
}) as ProgressRecord;

/** Every point earned. */
export function totalPoints(record: ProgressRecord): number {
  return Object.values(record.pointsByDay).reduce((sum, p) => sum + p, record.earlierPoints);
}

/** Keeps the newest KEEP_DAYS days apart and sums the older ones into `earlierPoints`. */
export function trimDays(record: ProgressRecord): ProgressRecord {
  const days = Object.keys(record.pointsByDay).sort();
  if (days.length <= KEEP_DAYS) return record;
  const old = days.slice(0, days.length - KEEP_DAYS);
  const pointsByDay = { ...record.pointsByDay };
  let earlierPoints = record.earlierPoints;
  for (const d of old) {
    earlierPoints += pointsByDay[d] ?? 0;
    delete pointsByDay[d];
  }
  return { ...record, pointsByDay, earlierPoints };
}
