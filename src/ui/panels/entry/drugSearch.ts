import type { Product } from '../../../core';

/** Products whose name, brand or NDC matches what was typed (NDC with or without hyphens). */
export function searchProducts(products: Iterable<Product>, query: string): Product[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return [];
  const digits = q.replace(/[^0-9]/g, '');
  // Only treat the query as an NDC when it is mostly digits, so "25 mg" does not match every NDC with a 25.
  const ndcQuery = digits.length >= 3 && digits.length >= q.replace(/[\s-]/g, '').length;
  return [...products]
    .filter((p) => {
      const words = [p.generic, p.brand ?? '', p.tallMan ?? '', p.strength].join(' ').toLowerCase();
      if (q.split(/\s+/).every((w) => words.includes(w))) return true;
      return ndcQuery && p.ndc.replace(/-/g, '').includes(digits);
    })
    .sort((a, b) => a.generic.localeCompare(b.generic) || a.strength.localeCompare(b.strength, undefined, { numeric: true }))
    .slice(0, 12);
}
