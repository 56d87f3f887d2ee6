import { say } from './checkerWords';
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
      sink.add(() => place(path, say('productIdInBase', { id: p.id, source: base.source })));
    } else if (firstAt.has(p.id)) {
      sink.add(() => place(path, say('productIdTwice', { id: p.id, first: firstAt.get(p.id)! })));
    } else firstAt.set(p.id, i);
  });
  const known = new Set<string>([...(base?.products.keys() ?? []), ...firstAt.keys()]);
  catalog.products.forEach((p, i) =>
    p.lookAlikes.forEach((id, j) => {
      const path = ['products', i, 'lookAlikes', j];
      if (id === p.id) sink.add(() => place(path, say('ownLookAlike')));
      else if (!known.has(id)) {
        sink.add(() => {
          const guess = closest(id, known);
          return place(path, say('noCatalogProduct', { id, ...(guess !== undefined ? { guess } : {}) }));
        });
      }
    }),
  );
  const planAt = new Map<string, number>();
  catalog.plans.forEach((plan, i) => {
    const path = ['plans', i, 'id'];
    if (base?.plans.has(plan.id)) {
      sink.add(() => place(path, say('planIdInBase', { id: plan.id, source: base.source })));
    } else if (planAt.has(plan.id)) {
      sink.add(() => place(path, say('planIdTwice', { id: plan.id, first: planAt.get(plan.id)! })));
    } else planAt.set(plan.id, i);
    plan.formulary.forEach((entry, j) => {
      if (known.has(entry.product)) return;
      sink.add(() => {
        const guess = closest(entry.product, known);
        return place(
          ['plans', i, 'formulary', j, 'product'],
          say('noCatalogProduct', { id: entry.product, ...(guess !== undefined ? { guess } : {}) }),
        );
      });
    });
  });
}
