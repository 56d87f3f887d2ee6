import type { Finding } from '../findings/codes';
import { SEVERITIES, type Product } from '../scenario/catalogSchema';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { ingredients, productLabel } from './productNames';

type Severity = (typeof SEVERITIES)[number];
interface Hit {
  other: Product;
  rx?: string;
  severity: Severity;
  effect: string;
}

/** True when an interaction's `with` names this product's generic, an ingredient, or a class tag. */
function targets(tag: string, p: Product): boolean {
  const t = tag.trim().toLowerCase();
  return t === p.generic.toLowerCase() || ingredients(p.generic).includes(t) || p.classes.includes(t);
}

/** The worst interaction between two products, whichever of them declares it. */
export function interactionBetween(a: Product, b: Product): { severity: Severity; effect: string } | undefined {
  const found = [...a.interactions.filter((i) => targets(i.with, b)), ...b.interactions.filter((i) => targets(i.with, a))];
  found.sort((x, y) => SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity));
  const worst = found[0];
  return worst && { severity: worst.severity, effect: worst.effect };
}

/**
 * INTERACTION at data entry (the DUR drug–drug alert): the product against every current
 * medication on the profile and every other prescription in this encounter. Moderate
 * interactions count too, because a technician never overrides a DUR alert (domain §9).
 * Both prescriptions of an interacting pair are flagged; the pharmacist decides which
 * to change. The same generic is never checked against itself (that is a continuation).
 */
export function checkInteraction(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const product = productOf(scenario, rx.product);
  const others = [
    ...scenario.patient.medications.map((m) => ({ id: m.product, rx: undefined })),
    ...scenario.prescriptions.filter((o) => o.id !== rx.id).map((o) => ({ id: o.product, rx: o.id })),
  ];
  const hits: Hit[] = [];
  for (const { id, rx: on } of others) {
    const other = productOf(scenario, id);
    if (other.generic === product.generic) continue;
    const found = interactionBetween(product, other);
    if (found) hits.push({ other, ...(on === undefined ? {} : { rx: on }), ...found });
  }
  if (hits.length === 0) return [];
  hits.sort((x, y) => SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity));
  const interactions = hits.map(({ other, ...hit }) => ({ ...hit, other: productLabel(other) }));
  return [{ code: 'INTERACTION', rx: rx.id, step: 'entry', params: { product: productLabel(product), interactions } }];
}
