import type { CatalogIndex } from './catalogIndex';
import type { Catalog } from './catalogSchema';
import type { Placer } from './placer';
import type { ProblemSink } from './problemSink';
import { closest } from './suggest';

/**
 * What the catalog schema cannot check: product ids are unique (within this file and against
 * catalogs loaded before it), every look-alike names a real product, plan ids are unique and
 * every formulary entry names a real product.
 */
export function catalogProblems(catalog: Catalog, place: Placer, sink: ProblemSink, base?: CatalogIndex): void {
  const firstAt = new Map<string, number>();
  catalog.products.forEach((p, i) => {
    const path = ['products', i, 'id'];
    if (base?.products.has(p.id)) {
      sink.add(() => place(path, `the product id "${p.id}" is already used in ${base.source}: each product needs its own id`));
    } else if (firstAt.has(p.id)) {
      sink.add(() =>
        place(path, `the product id "${p.id}" is already used by products[${firstAt.get(p.id)}]: each product needs its own id`),
      );
    } else firstAt.set(p.id, i);
  });
  const known = new Set<string>([...(base?.products.keys() ?? []), ...firstAt.keys()]);
  catalog.products.forEach((p, i) =>
    p.lookAlikes.forEach((id, j) => {
      const path = ['products', i, 'lookAlikes', j];
      if (id === p.id) sink.add(() => place(path, 'a product cannot be its own look-alike'));
      else if (!known.has(id)) {
        sink.add(() => {
          const guess = closest(id, known);
          return place(path, `no product "${id}" in the catalog${guess !== undefined ? ` — did you mean "${guess}"?` : ''}`);
        });
      }
    }),
  );
  const planAt = new Map<string, number>();
  catalog.plans.forEach((plan, i) => {
    const path = ['plans', i, 'id'];
    if (base?.plans.has(plan.id)) {
      sink.add(() => place(path, `the plan id "${plan.id}" is already used in ${base.source}: each plan needs its own id`));
    } else if (planAt.has(plan.id)) {
      sink.add(() => place(path, `the plan id "${plan.id}" is already used by plans[${planAt.get(plan.id)}]: each plan needs its own id`));
    } else planAt.set(plan.id, i);
    plan.formulary.forEach((entry, j) => {
      if (known.has(entry.product)) return;
      sink.add(() => {
        const guess = closest(entry.product, known);
        const tail = guess !== undefined ? ` — did you mean "${guess}"?` : '';
        return place(['plans', i, 'formulary', j, 'product'], `no product "${entry.product}" in the catalog${tail}`);
      });
    });
  });
}
