/** A practice day, YYYY-MM-DD, on the student's own calendar. */
export type PracticeDay = string;

const STAMP = /^(\d{4}-\d{2}-\d{2})T/;

/**
 * The day of an ISO stamp as the student lived it: the date written in the stamp, with its own
 * offset, not the UTC date (23:30 in New York is that day, not the next). Null for a stamp that is not ISO.
 */
export function dayOf(at: string): PracticeDay | null {
  return STAMP.exec(at)?.[1] ?? null;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD day (calendar arithmetic only, no clock). */
function dayNumber(day: PracticeDay): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The day before. */
export function dayBefore(day: PracticeDay): PracticeDay {
  return new Date((dayNumber(day) - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** How many days apart two days are (later minus earlier). */
export function daysBetween(earlier: PracticeDay, later: PracticeDay): number {
  return dayNumber(later) - dayNumber(earlier);
}

/**
 * The run of consecutive practice days that reaches `today`: it still counts when today's practice
 * has not happened yet (ending yesterday), and is 0 once a whole day was missed.
 */
export function streakOn(days: Iterable<PracticeDay>, today: PracticeDay): number {
  const set = new Set(days);
  let day = set.has(today) ? today : dayBefore(today);
  let run = 0;
  while (set.has(day)) {
    run++;
    day = dayBefore(day);
  }
  return run;
}
