/**
 * Calendar arithmetic on the scenario's YYYY-MM-DD dates. Everything runs in UTC so a
 * daylight-saving change can never turn a 30-day gap into 29.96 days; the rules never
 * read the real clock, they compare against `scenario.today`.
 */

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The date `days` days after `date`, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}
