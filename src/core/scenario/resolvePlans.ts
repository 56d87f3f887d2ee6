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
      sink.add(() => place(['plans', i, 'id'], `the plan id "${plan.id}" is already used by plans[${first}]: each plan needs its own id`));
      return;
    }
    seen.set(plan.id, i);
    plans.set(plan.id, plan);
    plan.formulary.forEach((entry, j) => {
      if (products.has(entry.product)) return;
      sink.add(() => {
        const guess = closest(entry.product, products.keys());
        const tail = guess !== undefined ? ` — did you mean "${guess}"?` : '';
        return place(['plans', i, 'formulary', j, 'product'], `no product "${entry.product}" in the catalog${tail}`);
      });
    });
  });

  const planRef = (id: string | undefined, path: Path) => {
    if (id === undefined || plans.has(id)) return;
    sink.add(() => {
      const guess = closest(id, plans.keys());
      const tail =
        guess !== undefined
          ? ` — did you mean "${guess}"?`
          : plans.size === 0
            ? ' (no plans were loaded: add the plan to scenarios/catalog/ or to this file\'s "plans")'
            : ` — the plans are: ${[...plans.keys()].join(', ')}`;
      return place(path, `no plan "${id}" in the catalog or in this file's plans${tail}`);
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
        `no product "${c.product}" in the catalog${guess !== undefined ? ` — did you mean "${guess}"?` : ''}`,
      );
    });
  });
  return plans;
}
