import type { Finding } from '../findings/codes';
import type { Prescription } from '../scenario/encounterSchema';
import { productOf, type ResolvedEncounter } from '../scenario/resolve';
import { productLabel } from './productNames';

/** How many slots apart a look-alike may sit and still be easy to grab by mistake. */
export const LASA_REACH = 2;

/**
 * LASA_RISK at product selection: a look-alike of the prescribed product sits within
 * LASA_REACH slots of it on the shelf (adjacent, or one bottle between). It is not a stop
 * code: the fill goes on, with the label read and the NDC scanned. Look-alikeness is
 * symmetric, so a pair declared on either product counts.
 */
export function checkLookAlike(scenario: ResolvedEncounter, rx: Prescription): Finding[] {
  const product = productOf(scenario, rx.product);
  const { shelf } = scenario;
  const isPair = (id: string): boolean =>
    id !== product.id && (product.lookAlikes.includes(id) || productOf(scenario, id).lookAlikes.includes(product.id));

  let nearest: { id: string; distance: number } | undefined;
  shelf.forEach((id, i) => {
    if (id !== product.id) return;
    for (let j = Math.max(0, i - LASA_REACH); j <= Math.min(shelf.length - 1, i + LASA_REACH); j++) {
      const other = shelf[j]!;
      const distance = Math.abs(j - i);
      if (isPair(other) && (nearest === undefined || distance < nearest.distance)) nearest = { id: other, distance };
    }
  });
  if (nearest === undefined) return [];

  return [
    {
      code: 'LASA_RISK',
      rx: rx.id,
      step: 'selection',
      params: { lookAlike: productLabel(productOf(scenario, nearest.id)), product: productLabel(product), distance: nearest.distance },
    },
  ];
}
