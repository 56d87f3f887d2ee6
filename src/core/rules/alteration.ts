import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import type { ResolvedEncounter } from '../scenario/resolve';

/**
 * RX_ALTERED: visible changes to the prescription (domain §3.3.5, signs of forgery).
 * Judging whether a change is legitimate is the pharmacist's job; the technician stops at
 * intake and shows it. One finding per prescription, listing every change.
 */
export function checkAlteration(_scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  if (rx.alterations.length === 0) return [];
  return [{ code: 'RX_ALTERED', rx: rx.id, step: 'intake', params: { changes: rx.alterations.map((a) => a.description) } }];
}
