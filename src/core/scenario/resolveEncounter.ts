import { say } from './checkerWords';
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
      sink.add(() => place(path, say('localAlreadyInCatalog', { id: p.id })));
    } else if (localSeen.has(p.id)) {
      sink.add(() => place(path, say('localUsedTwice', { id: p.id, first: localSeen.get(p.id)! })));
    } else {
      localSeen.set(p.id, i);
      products.set(p.id, p);
    }
  });

  const ref = (id: string, path: Path) => {
    if (products.has(id)) return;
    sink.add(() => {
      const guess = closest(id, products.keys());
      return place(path, say('noProduct', { id, ...(guess !== undefined ? { guess } : {}), noCatalog: catalog.products.size === 0 }));
    });
  };
  encounter.shelf.forEach((id, i) => ref(id, ['shelf', i]));
  encounter.prescriptions.forEach((rx, i) => ref(rx.product, ['prescriptions', i, 'product']));
  Object.keys(encounter.stock).forEach((id) => ref(id, ['stock', id]));
  encounter.patient.medications.forEach((m, i) => ref(m.product, ['patient', 'medications', i, 'product']));
  encounter.patient.fillHistory.forEach((f, i) => ref(f.product, ['patient', 'fillHistory', i, 'product']));
  encounter.delivery?.invoice.forEach((l, i) => ref(l.product, ['delivery', 'invoice', i, 'product']));
  encounter.delivery?.pullFromShelf.forEach((b, i) => ref(b.product, ['delivery', 'pullFromShelf', i, 'product']));
  encounter.localProducts.forEach((p, i) =>
    p.lookAlikes.forEach((id, j) => {
      if (id === p.id) sink.add(() => place(['localProducts', i, 'lookAlikes', j], say('ownLookAlike')));
      else ref(id, ['localProducts', i, 'lookAlikes', j]);
    }),
  );

  const rxIds = new Map<string, number>();
  encounter.prescriptions.forEach((rx, i) => {
    const first = rxIds.get(rx.id);
    if (first !== undefined) {
      sink.add(() => place(['prescriptions', i, 'id'], say('rxIdTwice', { id: rx.id, first })));
    } else rxIds.set(rx.id, i);
  });

  const lineIds = new Map<string, string>();
  for (const stage of ['dropOff', 'pickUp'] as const) {
    encounter.dialogue[stage].forEach((line, i) => {
      const first = lineIds.get(line.id);
      if (first !== undefined) {
        sink.add(() => place(['dialogue', stage, i, 'id'], say('lineIdTwice', { id: line.id, first })));
      } else lineIds.set(line.id, `dialogue.${stage}[${i}]`);
    });
  }

  encounter.intent.findings.forEach((f, i) => {
    if (f.rx === undefined || rxIds.has(f.rx)) return;
    const rx = f.rx;
    sink.add(() => {
      const guess = closest(rx, rxIds.keys());
      return place(['intent', 'findings', i, 'rx'], say('noRx', { rx, ...(guess !== undefined ? { guess } : {}), ids: [...rxIds.keys()] }));
    });
  });

  const error = encounter.errorDiscovered;
  if (error !== undefined) {
    ref(error.dispensed, ['errorDiscovered', 'dispensed']);
    if (!rxIds.has(error.rx)) {
      sink.add(() => {
        const guess = closest(error.rx, rxIds.keys());
        return place(
          ['errorDiscovered', 'rx'],
          say('noRx', { rx: error.rx, ...(guess !== undefined ? { guess } : {}), ids: [...rxIds.keys()] }),
        );
      });
    }
  }

  const planById = resolvePlans(encounter, catalog, products, place, sink);

  return { ...encounter, products, planById, source };
}
