import type { Product } from '../scenario/catalogSchema';

/** How a finding names a product: "amoxicillin 500 mg", tall-man spelling when it has one. */
export function productLabel(product: Product): string {
  return `${product.tallMan ?? product.generic} ${product.strength}`;
}

/** Joins items as prose: "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 day" / "3 days". */
export function dayCount(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** The single ingredients of a generic name: "acetaminophen/codeine" → acetaminophen, codeine. */
export function ingredients(generic: string): string[] {
  return generic
    .toLowerCase()
    .split(/\s*(?:\/|\+|,|-|\band\b|\bwith\b)\s*/)
    .filter((n) => n !== '');
}
