import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEncounterText } from '../../../../src/core/scenario/load';
import type { CatalogIndex } from '../../../../src/core/scenario/catalogIndex';
import { canonicalJson, scenarioVersion } from '../../../../src/platform/results/scenarioVersion';
import { shippedCatalog } from '../../../../src/platform/scenarioLibrary';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const TEXT = readFileSync(resolve(import.meta.dirname, '../../../..', PATH), 'utf8');

function load(text: string, catalog: CatalogIndex = shippedCatalog()) {
  const loaded = loadEncounterText(text, PATH, catalog);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.value;
}

describe('scenarioVersion', () => {
  it('is 16 hex digits, the same every time the same file is loaded', () => {
    const v = scenarioVersion(load(TEXT));
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(scenarioVersion(load(TEXT))).toBe(v);
  });

  it('does not change when the file is only reformatted or its keys reordered', () => {
    const json = JSON.parse(TEXT) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(json).reverse());
    expect(scenarioVersion(load(JSON.stringify(reordered)))).toBe(scenarioVersion(load(TEXT)));
  });

  it('changes when anything that can change a score changes: the prescription, or a drug it uses in the catalog', () => {
    const json = JSON.parse(TEXT) as { prescriptions: { quantity: number; product: string }[] };
    const before = scenarioVersion(load(TEXT));
    const more = structuredClone(json);
    more.prescriptions[0]!.quantity += 1;
    expect(scenarioVersion(load(JSON.stringify(more)))).not.toBe(before);

    const catalog = shippedCatalog();
    const productId = json.prescriptions[0]!.product;
    const products = new Map(catalog.products);
    products.set(productId, { ...products.get(productId)!, packageSize: 12345 });
    expect(scenarioVersion(load(TEXT, { ...catalog, products }))).not.toBe(before);
  });

  it('writes canonical JSON with keys sorted at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":0,"z":1}]},"b":1}');
  });
});
