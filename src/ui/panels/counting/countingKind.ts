import type { TFunction } from 'i18next';
import type { Product } from '../../../core';

/** How a product is made up: pills counted on the tray, a liquid measured, or whole packages handed over. */
export type CountingKind = 'count' | 'measure' | 'packages';

/** Tablets and capsules are counted; mL is measured; everything else (puffs, units, grams, drops, each) goes out in whole packages. */
export function countingKind(product: Product): CountingKind {
  if (product.dispenseUnit === 'tablet' || product.dispenseUnit === 'capsule') return 'count';
  if (product.dispenseUnit === 'mL') return 'measure';
  return 'packages';
}

/** "tablets", "capsules", "puffs"…: the unit, singular or plural by `n`, in the language of `t`. */
export function unitWords(product: Product, n: number, t: TFunction): string {
  return t(`units.${product.dispenseUnit}`, { count: n });
}
