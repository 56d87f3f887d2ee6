import { BADGE_CODES, FINDING_CODES, KEEP_DAYS, type ProgressRecord } from '../../../../src/core';
import { listLibrary } from '../../../../src/platform/scenarioLibrary';

/** The largest record a student can build: every practice day kept, every badge, a best on every shipped scenario and shift. */
export function biggestRecord(): ProgressRecord {
  const days = Array.from({ length: KEEP_DAYS }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
  const library = listLibrary();
  const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');
  return {
    version: 1,
    pointsByDay: Object.fromEntries(days.map((d, i) => [d, 100 + i * 7])),
    earlierPoints: 123_456,
    badges: Object.fromEntries(BADGE_CODES.map((b, i) => [b, days[i]!])),
    encounterBests: Object.fromEntries(library.filter((e) => e.kind === 'encounter').map((e, i) => [idOf(e.path), 60 + (i % 40)])),
    shiftBests: Object.fromEntries(library.filter((e) => e.kind === 'shift').map((e, i) => [idOf(e.path), 70.5 + i])),
    caught: [...FINDING_CODES],
    cleanFillRun: 12,
    openShift: { id: 'busy-afternoon', seen: 2, scoreSum: 180, critical: false, deaFound: 1, deaCaught: 1 },
  };
}
