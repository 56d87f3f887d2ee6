/** Seconds as a SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (e.g. 75.5 → "0000:01:15.50"). */
export function scormTimespan(seconds: number): string {
  const centis = Math.max(0, Math.round(seconds * 100));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const rest = centis % 6000;
  const secs = `${String(Math.floor(rest / 100)).padStart(2, '0')}.${String(rest % 100).padStart(2, '0')}`;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${secs}`;
}
