import type { Catalog, Product } from './catalogSchema';

/** The drug catalog, checked and keyed by product id; frozen. */
export interface CatalogIndex {
  products: ReadonlyMap<string, Product>;
  /** The file (or files, comma-separated) it was loaded from, for messages. */
  source: string;
}

/** Indexes a checked catalog by product id (on duplicate ids the first wins; the loader reports them). */
export function indexCatalog(catalog: Catalog, source: string): CatalogIndex {
  const products = new Map<string, Product>();
  for (const p of catalog.products) if (!products.has(p.id)) products.set(p.id, p);
  return Object.freeze({ products: Object.freeze(products), source });
}

/** An empty catalog, for checking a file when no catalog could be loaded. */
export function emptyCatalog(source = '(no catalog)'): CatalogIndex {
  return Object.freeze({ products: Object.freeze(new Map<string, Product>()), source });
}
