/** "09:00" plus seconds → "09:12" on a 24-hour clock (wraps past midnight). */
export function clockText(startsAt: string, seconds: number): string {
  const [h, m] = startsAt.split(':').map(Number) as [number, number];
  const total = (h * 60 + m + Math.floor(seconds / 60)) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Minutes and seconds, "4:05", for time left or time spent. */
export function minutesText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
