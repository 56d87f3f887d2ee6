import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalogText } from '../../../../src/core/scenario/load';
import type { CatalogIndex } from '../../../../src/core/scenario/catalogIndex';

/** Repository root, for fixture paths. */
export const ROOT = resolve(import.meta.dirname, '../../../..');

/** Text of a file under tests/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(resolve(ROOT, 'tests/fixtures', name), 'utf8');
}

/** The small test catalog (tests/fixtures/valid/test-catalog.json), independent of the real one. */
export function testCatalog(): CatalogIndex {
  const r = loadCatalogText(fixture('valid/test-catalog.json'), 'test-catalog.json');
  if (!r.ok) throw new Error(`test catalog does not load: ${JSON.stringify(r.errors)}`);
  return r.value;
}

/** The minimal valid encounter as a plain object, to change one field at a time. */
export function minimalEncounter(): Record<string, any> {
  return JSON.parse(fixture('valid/minimal-encounter.json')) as Record<string, any>;
}
