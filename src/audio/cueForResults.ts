import type { CueName } from './cues';
import { cueForOutcome } from './cueForOutcome';
import type { Result } from '../core';

/**
 * The one cue to play for the results of one action: the machine's own sound when there is one
 * (scanner, label printer), otherwise the worst outcome's cue, so a mistake is never drowned by a tick.
 */
export function cueForResults(results: readonly Result[]): CueName | null {
  if (results.length === 0) return null;
  if (results.some((r) => r.code === 'scan.mismatch')) return 'scan-bad';
  if (results.some((r) => r.code === 'scan.match')) return 'scan-good';
  if (results.some((r) => r.code.startsWith('label.auxiliary'))) return 'printer';
  const order = ['critical', 'mistake', 'good', 'info'] as const;
  const worst = order.find((o) => results.some((r) => r.outcome === o)) ?? 'info';
  return cueForOutcome(worst);
}
