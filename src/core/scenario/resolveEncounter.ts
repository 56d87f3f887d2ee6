import type { CatalogIndex } from './catalogIndex';
import type { Product } from './catalogSchema';
import type { Encounter } from './encounterSchema';
import type { Placer } from './placer';
import type { ProblemSink } from './problemSink';
import type { ResolvedEncounter } from './resolve';
import { resolvePlans } from './resolvePlans';
import { closest } from './suggest';

type Path = (string | number)[];

/**
 * Joins a schema-checked encounter with the catalog and checks what the schema cannot: every
 * product id exists (with a "did you mean"), ids are unique, intent findings name real prescriptions.
 * Problems go to `sink`; the returned encounter is only valid when the sink stayed empty.
 */
export function resolveEncounter(
  encounter: Encounter,
  catalog: CatalogIndex,
  source: string,
  place: Placer,
  sink: ProblemSink,
): ResolvedEncounter {
  const products = new Map<string, Product>(catalog.products);

  const localSeen = new Map<string, number>();
  encounter.localProducts.forEach((p, i) => {
    const path: Path = ['localProducts', i, 'id'];
    if (catalog.products.has(p.id)) {
      sink.add(() =>
        place(
          path,
          `"${p.id}" is already a product in the catalog: give this local product another id, or remove it and use the catalog's`,
        ),
      );
    } else if (localSeen.has(p.id)) {
      sink.add(() =>
        place(
          path,
          `the product id "${p.id}" is used twice in localProducts (first at localProducts[${localSeen.get(p.id)}]): each product needs its own id`,
        ),
      );
    } else {
      localSeen.set(p.id, i);
      products.set(p.id, p);
    }
  });

  const ref = (id: string, path: Path) => {
    if (products.has(id)) return;
    sink.add(() => {
      const guess = closest(id, products.keys());
      const tail =
        guess !== undefined
          ? ` — did you mean "${guess}"?`
          : catalog.products.size === 0
            ? ' (no catalog was loaded, so no id can be found)'
            : " or in this file's localProducts — check the spelling against scenarios/catalog/";
      return place(path, `no product "${id}" in the catalog${tail}`);
    });
  };
  encounter.shelf.forEach((id, i) => ref(id, ['shelf', i]));
  encounter.prescriptions.forEach((rx, i) => ref(rx.product, ['prescriptions', i, 'product']));
  encounter.patient.medications.forEach((m, i) => ref(m.product, ['patient', 'medications', i, 'product']));
  encounter.patient.fillHistory.forEach((f, i) => ref(f.product, ['patient', 'fillHistory', i, 'product']));
  encounter.localProducts.forEach((p, i) =>
    p.lookAlikes.forEach((id, j) => {
      if (id === p.id) sink.add(() => place(['localProducts', i, 'lookAlikes', j], 'a product cannot be its own look-alike'));
      else ref(id, ['localProducts', i, 'lookAlikes', j]);
    }),
  );

  const rxIds = new Map<string, number>();
  encounter.prescriptions.forEach((rx, i) => {
    const first = rxIds.get(rx.id);
    if (first !== undefined) {
      sink.add(() =>
        place(
          ['prescriptions', i, 'id'],
          `the prescription id "${rx.id}" is already used by prescriptions[${first}]: each prescription needs its own id`,
        ),
      );
    } else rxIds.set(rx.id, i);
  });

  const lineIds = new Map<string, string>();
  for (const stage of ['dropOff', 'pickUp'] as const) {
    encounter.dialogue[stage].forEach((line, i) => {
      const first = lineIds.get(line.id);
      if (first !== undefined) {
        sink.add(() =>
          place(['dialogue', stage, i, 'id'], `the line id "${line.id}" is already used by ${first}: each dialogue line needs its own id`),
        );
      } else lineIds.set(line.id, `dialogue.${stage}[${i}]`);
    });
  }

  encounter.intent.findings.forEach((f, i) => {
    if (f.rx === undefined || rxIds.has(f.rx)) return;
    const rx = f.rx;
    sink.add(() => {
      const guess = closest(rx, rxIds.keys());
      const tail =
        guess !== undefined ? ` — did you mean "${guess}"?` : ` — the prescription ids in this file are: ${[...rxIds.keys()].join(', ')}`;
      return place(['intent', 'findings', i, 'rx'], `no prescription with id "${rx}" in this file${tail}`);
    });
  });

  const planById = resolvePlans(encounter, catalog, products, place, sink);

  return { ...encounter, products, planById, source };
}
