import type { Finding } from '../findings/codes';
import type { MissingElement } from '../findings/params';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';

/**
 * RX_INCOMPLETE: a required element is missing from the prescription (domain §3.3.1).
 *
 * The drug, sig, quantity, refills and date cannot be missing (the schema requires them),
 * so this checks what can: the signature, and for controlled substances the addresses
 * 21 CFR 1306.05 demands. A missing DEA number has its own code (DEA_MISSING), raised by
 * prescriberDea.ts, so it is deliberately not repeated here.
 */
export function checkCompleteness(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const product = productOf(scenario, rx.product);
  const missing: MissingElement[] = [];

  // Only paper carries a manual signature a technician can look for; a phoned-in order has
  // none by nature and an e-prescription's digital signature is checked by the system.
  if (rx.channel === 'written' && !rx.signed) missing.push('prescriberSignature');

  if (product.schedule !== null) {
    if (!rx.patientAddress?.trim()) missing.push('patientAddress');
    if (!rx.prescriber.address?.trim()) missing.push('prescriberAddress');
    if (product.schedule === 'II' && scenario.parameters.quantityInWordsRequired && !rx.quantityInWords?.trim()) {
      missing.push('quantityInWords');
    }
  }
  if (missing.length === 0) return [];
  return [{ code: 'RX_INCOMPLETE', rx: rx.id, step: 'intake', params: { missing, schedule: product.schedule } }];
}
