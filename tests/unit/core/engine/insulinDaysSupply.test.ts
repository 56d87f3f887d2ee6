import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedDaysSupply } from '../../../../src/core/engine/expectedEntry';
import { loadCatalogText } from '../../../../src/core/scenario/load';
import type { Prescription } from '../../../../src/core/scenario/encounterSchema';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';

const ROOT = resolve(import.meta.dirname, '../../../..');
const catalog = loadCatalogText(readFileSync(resolve(ROOT, 'scenarios/catalog/products.json'), 'utf8'), 'products.json');

function scenarioWithCatalog(): ResolvedEncounter {
  if (!catalog.ok) throw new Error('the shipped catalog does not load');
  return { products: catalog.value.products, parameters: { dropsPerMl: 20, gramsPerApplication: 1 } } as unknown as ResolvedEncounter;
}

const rx = (product: string, quantity: number, sig: string) => ({ product, quantity, sig }) as Prescription;

describe("insulin days' supply counts each opened container's in-use life", () => {
  it('gives a box of five 300-unit pens at 10 units nightly 5 × 28 days, not one 28-day package', () => {
    const days = expectedDaysSupply(scenarioWithCatalog(), rx('insulin-glargine-100u-pen', 1500, '10 u subq qhs'));
    expect(days).toBe(140);
  });

  it('caps a 1000-unit vial at its 28-day in-use life when the dose would stretch it to 100 days', () => {
    const days = expectedDaysSupply(scenarioWithCatalog(), rx('insulin-glargine-100u-vial', 1000, '10 u subq qhs'));
    expect(days).toBe(28);
  });
});
