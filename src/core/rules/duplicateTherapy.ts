import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { productLabel } from './productNames';

function sameClass(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * DUPLICATE_THERAPY at data entry (the DUR duplication alert): another drug of the same
 * therapeutic class is on the profile or in this encounter.
 *
 * A different generic is required in both cases. The same generic on the profile is the
 * patient continuing their medicine, and two strengths of one generic written together
 * are usually deliberate (warfarin 5 mg + 1 mg to make 6 mg); when unsure, stay quiet.
 */
export function checkDuplicateTherapy(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const product = productOf(scenario, rx.product);
  const others = [
    ...scenario.patient.medications.map((m) => ({ id: m.product, rx: undefined })),
    ...scenario.prescriptions.filter((o) => o.id !== rx.id).map((o) => ({ id: o.product, rx: o.id })),
  ];
  // The same product in the same place is one duplicate, however often it is listed.
  const seen = new Set<string>();
  const dupes: { product: string; rx?: string }[] = [];
  for (const { id, rx: on } of others) {
    const other = productOf(scenario, id);
    if (other.generic === product.generic || !sameClass(other.therapeuticClass, product.therapeuticClass)) continue;
    const label = productLabel(other);
    const seenKey = `${label}\u0000${on ?? ''}`;
    if (!seen.has(seenKey)) dupes.push(on === undefined ? { product: label } : { product: label, rx: on });
    seen.add(seenKey);
  }
  if (dupes.length === 0) return [];
  return [
    {
      code: 'DUPLICATE_THERAPY',
      rx: rx.id,
      step: 'entry',
      params: { product: productLabel(product), therapeuticClass: product.therapeuticClass, others: dupes },
    },
  ];
}
