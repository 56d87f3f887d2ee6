import { readFileSync } from 'node:fs';
import { loadCatalogText } from '../../../../src/core/scenario/load';
import type { CatalogIndex } from '../../../../src/core/scenario/catalogIndex';

const PATH = 'scenarios/catalog/products.json';

/** The shipped catalog, loaded the way the game loads it. */
export function shippedCatalog(): CatalogIndex {
  const loaded = loadCatalogText(readFileSync(new URL(`../../../../${PATH}`, import.meta.url), 'utf8'), PATH);
  if (!loaded.ok) throw new Error(`${PATH} does not load`);
  return loaded.value;
}

/** Seeds enough to meet every kind of question many times over. */
export const MANY_SEEDS = Array.from({ length: 120 }, (_, i) => `seed-${i}`);
