import { say } from './checkerWords';
import type { CatalogIndex } from './catalogIndex';
import type { Product } from './catalogSchema';
import type { Encounter } from './encounterSchema';
import type { Placer } from './placer';
import type { Plan } from './planSchema';
import type { ProblemSink } from './problemSink';
import { closest } from './suggest';

type Path = (string | number)[];

/**
 * The plans an encounter can bill: the catalog's, with the file's own plans replacing any of the
 * same id. Checks that the plans the patient's cards name exist (with a "did you mean") and that
 * the file's own formularies name real products. Problems go to `sink`.
 */
export function resolvePlans(
  encounter: Encounter,
  catalog: CatalogIndex,
  products: ReadonlyMap<string, Product>,
  place: Placer,
  sink: ProblemSink,
): ReadonlyMap<string, Plan> {
  const plans = new Map<string, Plan>(catalog.plans);
  const seen = new Map<string, number>();
  encounter.plans.forEach((plan, i) => {
    const first = seen.get(plan.id);
    if (first !== undefined) {
      sink.add(() => place(['plans', i, 'id'], say('planIdTwice', { id: plan.id, first })));
      return;
    }
    seen.set(plan.id, i);
    plans.set(plan.id, plan);
    plan.formulary.forEach((entry, j) => {
      if (products.has(entry.product)) return;
      sink.add(() => {
        const guess = closest(entry.product, products.keys());
        return place(
          ['plans', i, 'formulary', j, 'product'],
          say('noCatalogProduct', { id: entry.product, ...(guess !== undefined ? { guess } : {}) }),
        );
      });
    });
  });

  const planRef = (id: string | undefined, path: Path) => {
    if (id === undefined || plans.has(id)) return;
    sink.add(() => {
      const guess = closest(id, plans.keys());
      return place(path, say('noPlan', { id, ...(guess !== undefined ? { guess } : {}), plans: [...plans.keys()] }));
    });
  };
  const insurance = encounter.patient.insurance;
  planRef(insurance?.planId, ['patient', 'insurance', 'planId']);
  planRef(insurance?.secondary?.planId, ['patient', 'insurance', 'secondary', 'planId']);
  insurance?.otherPharmacyClaims.forEach((c, i) => {
    if (products.has(c.product)) return;
    sink.add(() => {
      const guess = closest(c.product, products.keys());
      return place(
        ['patient', 'insurance', 'otherPharmacyClaims', i, 'product'],
        say('noCatalogProduct', { id: c.product, ...(guess !== undefined ? { guess } : {}) }),
      );
    });
  });
  return plans;
}
