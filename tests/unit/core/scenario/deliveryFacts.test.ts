import { describe, expect, it } from 'vitest';
import { loadEncounterText } from '../../../../src/core/scenario/load';
import { formatProblem } from '../../../../src/core/scenario/problems';
import { minimalEncounter, testCatalog } from './helpers';

const catalog = testCatalog();

/** The minimal encounter (today 2026-03-14) as a one-line delivery of lisinopril, then `change`. */
function delivery(change: (e: Record<string, any>) => void = () => {}): Record<string, any> {
  const e = minimalEncounter();
  e.type = 'receive';
  e.channel = 'backRoom';
  e.prescriptions = [];
  e.delivery = {
    wholesaler: 'Cardinal Health',
    invoice: [{ id: 'line1', product: 'lisinopril-10-tab', ndc: '93206-311-01', quantity: 2 }],
    tote: [{ invoiceLine: 'line1', ndc: '93206-311-01', quantity: 2, lot: 'L1', expires: '2028-01-31' }],
  };
  change(e);
  return e;
}

/** The loader's errors, each as `file:line:column path: message`, in English or Spanish. */
function errors(e: Record<string, any>, language: 'en' | 'es' = 'en'): string[] {
  const r = loadEncounterText(JSON.stringify(e, null, 2), 'd.json', catalog);
  return r.ok ? [] : r.errors.map((p) => formatProblem(p, language));
}

describe('what a delivery cannot be', () => {
  it('a well-formed delivery loads, with no prescriptions', () => {
    expect(errors(delivery())).toEqual([]);
  });

  it('no prescriptions is only for a delivery, and a delivery has none', () => {
    const fill = minimalEncounter();
    fill.prescriptions = [];
    expect(errors(fill)).toEqual([
      expect.stringMatching(
        /^d\.json:\d+:\d+ prescriptions: an encounter needs at least one prescription; only a delivery \(type "receive"\) has none$/,
      ),
    ]);
    const withRx = delivery((e) => (e.prescriptions = minimalEncounter().prescriptions));
    expect(errors(withRx)).toEqual([expect.stringMatching(/prescriptions: a delivery is not a fill: leave "prescriptions" empty/)]);
  });

  it('type and delivery go together, and a delivery arrives in the back room', () => {
    expect(errors(delivery((e) => delete e.delivery))).toEqual([
      expect.stringMatching(/ type: type "receive" is a delivery: add "delivery"/),
    ]);
    expect(errors(delivery((e) => (e.channel = 'counter')))).toEqual([
      expect.stringMatching(/ channel: a delivery arrives in the back room, but its channel is "counter"/),
    ]);
  });

  it('a tote line must answer one invoice line, once, with no more than was invoiced', () => {
    const unknown = errors(delivery((e) => (e.delivery.tote[0].invoiceLine = 'line9')));
    expect(unknown).toEqual([
      expect.stringMatching(
        /^d\.json:\d+:\d+ delivery\.tote\[0\]\.invoiceLine: no invoice line is called "line9"; the invoice lines are "line1"$/,
      ),
    ]);
    const twice = errors(delivery((e) => e.delivery.tote.push({ ...e.delivery.tote[0] })));
    expect(twice).toEqual([expect.stringMatching(/delivery\.tote\[1\]\.invoiceLine: two tote lines answer invoice line "line1"/)]);
    const over = errors(delivery((e) => (e.delivery.tote[0].quantity = 5)));
    expect(over).toEqual([expect.stringMatching(/delivery\.tote\[0\]\.quantity: 5 came but only 2 were invoiced/)]);
    expect(
      errors(
        delivery((e) => (e.delivery.tote[0].quantity = 5)),
        'es',
      ),
    ).toEqual([expect.stringMatching(/delivery\.tote\[0\]\.quantity: llegaron 5 pero solo se facturaron 2/)]);
  });

  it('shelf stock to pull must already be expired, and every product must exist', () => {
    const inDate = errors(
      delivery((e) => (e.delivery.pullFromShelf = [{ product: 'lisinopril-10-tab', lot: 'B1', expires: '2026-04-01' }])),
    );
    expect(inDate).toEqual([
      expect.stringMatching(
        /delivery\.pullFromShelf\[0\]\.expires: this bottle expires on 2026-04-01, after today \(2026-03-14\), so it is not expired/,
      ),
    ]);
    const noProduct = errors(delivery((e) => (e.delivery.invoice[0].product = 'lisinoprill-10-tab')));
    expect(noProduct[0]).toMatch(/delivery\.invoice\[0\]\.product: .*lisinopril-10-tab/);
  });
});
