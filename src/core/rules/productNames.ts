import type { Product } from '../scenario/catalogSchema';
import type { ProductLabel } from '../findings/params';

/** How findings and feedback name a product: "amoxicillin 500 mg", tall-man spelling when it has one. */
export function productLabel(product: Product): ProductLabel {
  return `${product.tallMan ?? product.generic} ${product.strength}`;
}

/** The single ingredients of a generic name: "acetaminophen/codeine" → acetaminophen, codeine. */
export function ingredients(generic: string): string[] {
  return generic
    .toLowerCase()
    .split(/\s*(?:\/|\+|,|-|\band\b|\bwith\b)\s*/)
    .filter((n) => n !== '');
}
