/**
 * A random UUID (version 4) for a statement id. getRandomValues works on plain http too, where
 * crypto.randomUUID does not; the id is what lets the LRS store a resent statement only once.
 */
export function statementId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Seconds as an xAPI duration, e.g. 75.5 → "PT75.5S". */
export function xapiDuration(seconds: number): string {
  return `PT${Math.max(0, Math.round(seconds * 100) / 100)}S`;
}
