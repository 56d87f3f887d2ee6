const two = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * A wall-clock time as ISO 8601 with the machine's own offset ("2026-12-03T23:30:00-05:00"), so
 * the core counts the day the student lived, not the UTC day.
 */
export function localStamp(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const date = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  const time = `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  return `${date}T${time}${sign}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`;
}
