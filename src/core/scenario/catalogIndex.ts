import type { Catalog, Product } from './catalogSchema';
import type { Plan } from './planSchema';

/** The drug catalog, checked and keyed by product id; frozen. */
export interface CatalogIndex {
  products: ReadonlyMap<string, Product>;
  /** Prescription drug plans by id. */
  plans: ReadonlyMap<string, Plan>;
  /** The file (or files, comma-separated) it was loaded from, for messages. */
  source: string;
}

/** Indexes a checked catalog by product id (on duplicate ids the first wins; the loader reports them). */
export function indexCatalog(catalog: Catalog, source: string): CatalogIndex {
  const products = new Map<string, Product>();
  for (const p of catalog.products) if (!products.has(p.id)) products.set(p.id, p);
  const plans = new Map<string, Plan>();
  for (const p of catalog.plans) if (!plans.has(p.id)) plans.set(p.id, p);
  return Object.freeze({ products: Object.freeze(products), plans: Object.freeze(plans), source });
}

/** An empty catalog, for checking a file when no catalog could be loaded. */
export function emptyCatalog(source = '(no catalog)'): CatalogIndex {
  return Object.freeze({ products: Object.freeze(new Map<string, Product>()), plans: Object.freeze(new Map<string, Plan>()), source });
}
