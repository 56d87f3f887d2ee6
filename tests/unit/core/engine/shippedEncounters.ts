import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalogText, loadEncounterText } from '../../../../src/core/scenario/load';
import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';

// The shipped starter encounters, loaded through the real loader and catalog.
const ROOT = resolve(import.meta.dirname, '../../../..');
const DIR = join(ROOT, 'scenarios/encounters');
const catalog = loadCatalogText(readFileSync(join(ROOT, 'scenarios/catalog/products.json'), 'utf8'), 'scenarios/catalog/products.json');
if (!catalog.ok) throw new Error(catalog.errors.map((e) => e.message).join('\n'));
const CATALOG = catalog.value;

/** File names of every shipped encounter, sorted. */
export const SHIPPED_ENCOUNTERS: readonly string[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** One shipped encounter by file name, as the game loads it; throws with the loader's problems otherwise. */
export function loadShipped(file: string): ResolvedEncounter {
  const loaded = loadEncounterText(readFileSync(join(DIR, file), 'utf8'), `scenarios/encounters/${file}`, CATALOG);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return loaded.value;
}
