import type { Product } from './catalogSchema';
import type { Encounter } from './encounterSchema';
import type { Plan } from './planSchema';

/** An encounter checked and joined with its products: every product id it uses is in `products`. */
export interface ResolvedEncounter extends Encounter {
  /** Catalog products plus the file's local products, by id. */
  products: ReadonlyMap<string, Product>;
  /**
   * Catalog plans plus the file's own plans (which replace a catalog plan of the same id), by id.
   * Optional so encounters built by hand (tests) need not carry it; none means no plan to bill.
   */
  planById?: ReadonlyMap<string, Plan>;
  /** The file it came from, for messages. */
  source: string;
}

/** The product with this id; throws only on a programming error, since resolution checked every id. */
export function productOf(scenario: ResolvedEncounter, id: string): Product {
  const p = scenario.products.get(id);
  if (!p) throw new Error(`product ${id} was not resolved for ${scenario.source}`);
  return p;
}
