import { FINDING_CODES } from '../findings/codes';
import type { BadgeCode } from './badgeCodes';
import { trimDays, type ProgressRecord } from './record';

const maxBy = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> => {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = Math.max(out[k] ?? v, v);
  return out;
};

/**
 * Two records of the same student (this machine's and an opened progress file) as one. Nothing
 * is lost and nothing counts twice: each day keeps the larger of its two point totals, each best
 * the higher score, each badge its earlier day; opening the same file again changes nothing.
 * The shift being played here stays this machine's.
 */
export function mergeRecords(here: ProgressRecord, opened: ProgressRecord): ProgressRecord {
  const badges: Partial<Record<BadgeCode, string>> = { ...opened.badges };
  for (const [code, day] of Object.entries(here.badges) as [BadgeCode, string][]) {
    const other = badges[code];
    badges[code] = other !== undefined && other < day ? other : day;
  }
  const caught = new Set([...here.caught, ...opened.caught]);
  return trimDays({
    version: 1,
    pointsByDay: maxBy(here.pointsByDay, opened.pointsByDay),
    earlierPoints: Math.max(here.earlierPoints, opened.earlierPoints),
    badges,
    encounterBests: maxBy(here.encounterBests, opened.encounterBests),
    shiftBests: maxBy(here.shiftBests, opened.shiftBests),
    caught: FINDING_CODES.filter((c) => caught.has(c)),
    cleanFillRun: Math.max(here.cleanFillRun, opened.cleanFillRun),
    openShift: here.openShift,
  });
}
