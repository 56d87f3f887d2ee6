import type { Product, ResolvedEncounter } from '../../core';
import { sha256Hex } from './sha256';

const cache = new WeakMap<ResolvedEncounter, string>();

/**
 * The version of a scenario as it was played: the first 16 hex digits of the SHA-256 of the
 * loaded encounter (every field after the checker filled in defaults, without `$schema` and
 * its path) together with the catalog entries of every product it names, as canonical JSON.
 * Reformatting a file keeps its version; changing anything in it, or a drug it uses in the
 * catalog, gives a new one. Scenario files carry no version field, so this is the version.
 */
export function scenarioVersion(scenario: ResolvedEncounter): string {
  const known = cache.get(scenario);
  if (known) return known;
  const { products, source: _source, $schema: _schema, ...encounter } = scenario;
  const version = sha256Hex(canonicalJson({ encounter, products: productsNamed(scenario, products) })).slice(0, 16);
  cache.set(scenario, version);
  return version;
}

/** The products the encounter names (shelf, prescriptions, profile, local products) and their look-alikes, by id. */
function productsNamed(scenario: ResolvedEncounter, products: ReadonlyMap<string, Product>): Product[] {
  const ids = new Set<string>([
    ...scenario.shelf,
    ...scenario.prescriptions.map((rx) => rx.product),
    ...scenario.patient.medications.map((m) => m.product),
    ...scenario.patient.fillHistory.map((f) => f.product),
    ...scenario.localProducts.map((p) => p.id),
  ]);
  for (const id of [...ids]) for (const alike of products.get(id)?.lookAlikes ?? []) ids.add(alike);
  return [...ids].sort().flatMap((id) => {
    const product = products.get(id);
    return product ? [product] : [];
  });
}

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
