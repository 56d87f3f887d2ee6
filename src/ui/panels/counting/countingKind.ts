import type { Product } from '../../../core';

/** How a product is made up: pills counted on the tray, a liquid measured, or whole packages handed over. */
export type CountingKind = 'count' | 'measure' | 'packages';

/** Tablets and capsules are counted; mL is measured; everything else (puffs, units, grams, drops, each) goes out in whole packages. */
export function countingKind(product: Product): CountingKind {
  if (product.dispenseUnit === 'tablet' || product.dispenseUnit === 'capsule') return 'count';
  if (product.dispenseUnit === 'mL') return 'measure';
  return 'packages';
}

/** "tablets", "capsules", "puffs"…: the unit in the plural for running text. */
export function unitWords(product: Product, n: number): string {
  const unit = product.dispenseUnit;
  if (unit === 'mL' || unit === 'g') return unit;
  return n === 1 ? unit : unit === 'each' ? 'each' : `${unit}s`;
}
