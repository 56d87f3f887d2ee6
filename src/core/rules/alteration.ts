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
  const changes = rx.alterations.map((a) => asClause(a.description)).join('; ');
  return [
    {
      code: 'RX_ALTERED',
      rx: rx.id,
      step: 'intake',
      detail: `The prescription looks altered: ${changes}.`,
    },
  ];
}

/** "The ink differs." → "the ink differs", so several descriptions read as one sentence. */
function asClause(description: string): string {
  const t = description.trim().replace(/\.$/, '');
  // Lower-case only an ordinary capitalised word, never an acronym such as "DEA".
  return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}
