import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { listPhrase, productLabel } from './wording';

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
    ...scenario.patient.medications.map((m) => ({ id: m.product, where: "on the patient's profile" })),
    ...scenario.prescriptions.filter((o) => o.id !== rx.id).map((o) => ({ id: o.product, where: `on prescription ${o.id}` })),
  ];
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const { id, where } of others) {
    const other = productOf(scenario, id);
    if (other.generic === product.generic || !sameClass(other.therapeuticClass, product.therapeuticClass)) continue;
    const text = `${productLabel(other)} (${where})`;
    if (!seen.has(text)) dupes.push(text);
    seen.add(text);
  }
  if (dupes.length === 0) return [];
  return [
    {
      code: 'DUPLICATE_THERAPY',
      rx: rx.id,
      step: 'entry',
      detail: `The prescribed ${productLabel(product)} is in the same therapeutic class (${product.therapeuticClass}) as ${listPhrase(dupes)}.`,
    },
  ];
}
