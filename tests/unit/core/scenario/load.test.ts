import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCatalog } from '../../../../src/core/scenario/catalogIndex';
import { loadCatalogText, loadEncounterText, loadScenarioText, loadShiftText } from '../../../../src/core/scenario/load';
import { fixture, minimalEncounter, testCatalog } from './helpers';

const catalog = testCatalog();
const load = (e: unknown) => loadEncounterText(JSON.stringify(e, null, 2), 'x.json', catalog);
const messages = (e: unknown) => {
  const r = load(e);
  return r.ok ? [] : r.errors.map((p) => `${p.path}: ${p.message}`);
};

describe('loading an encounter', () => {
  it('loads the minimal valid encounter, with defaults, products and source', () => {
    const r = loadEncounterText(fixture('valid/minimal-encounter.json'), 'minimal.json', catalog);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    const enc = r.value;
    expect(enc.source).toBe('minimal.json');
    expect(enc.difficulty).toBe('introductory');
    expect(enc.prescriptions[0]!.refillsUsed).toBe(0);
    expect(enc.parameters.rxValidityDays).toBe(365);
    expect(enc.products.get('lisinopril-10-tab')?.generic).toBe('lisinopril');
    expect(enc.products.size).toBe(catalog.products.size);
  });

  it('is deeply frozen', () => {
    const r = loadEncounterText(fixture('valid/minimal-encounter.json'), 'minimal.json', catalog);
    if (!r.ok) throw new Error('should load');
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(r.value.prescriptions[0]!.prescriber)).toBe(true);
    expect(Object.isFrozen(r.value.shelf)).toBe(true);
    expect(Object.isFrozen(r.value.products.get('lisinopril-10-tab'))).toBe(true);
    expect(() => {
      (r.value.shelf as string[]).push('x');
    }).toThrow();
  });

  it('keeps markup in text fields as the literal characters', () => {
    const e = minimalEncounter();
    e.title = '<b>Bold</b> & <script>alert(1)</script>';
    e.prescriptions[0].sig = 'i po qd <i>with food</i> &amp;';
    e.dialogue = { pickUp: [{ id: 'q1', text: '<img src=x onerror=alert(1)> Is this the <em>right</em> one?', question: true }] };
    const r = load(e);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.title).toBe('<b>Bold</b> & <script>alert(1)</script>');
    expect(r.value.prescriptions[0]!.sig).toBe('i po qd <i>with food</i> &amp;');
    expect(r.value.dialogue.pickUp[0]!.text).toBe('<img src=x onerror=alert(1)> Is this the <em>right</em> one?');
  });

  it('resolves local products and checks their look-alikes', () => {
    const e = minimalEncounter();
    const local = JSON.parse(fixture('valid/test-catalog.json')).products[0];
    e.localProducts = [{ ...local, id: 'lisinopril-10-tab-local', lookAlikes: ['lisinopril-10-tab', 'lisinopril-20-tab'] }];
    e.shelf.push('lisinopril-10-tab-local');
    expect(messages(e)).toEqual([
      'localProducts[0].lookAlikes[1]: no product "lisinopril-20-tab" in the catalog — did you mean "lisinopril-10-tab"?',
    ]);
    e.localProducts[0].lookAlikes = ['lisinopril-10-tab'];
    const r = load(e);
    expect(r.ok && r.value.products.has('lisinopril-10-tab-local')).toBe(true);
    e.localProducts[0].id = 'lisinopril-10-tab';
    expect(messages(e)).toContainEqual(
      expect.stringContaining('localProducts[0].id: "lisinopril-10-tab" is already a product in the catalog'),
    );
  });

  it('checks product ids in prescriptions, medications and fill history', () => {
    const e = minimalEncounter();
    e.prescriptions[0].product = 'lisinoprill-10-tab';
    e.patient.medications = [{ product: 'amoxicilin-500-cap' }];
    e.patient.fillHistory = [{ product: 'warfarin-5-tab', date: '2026-01-01', quantity: 30, daysSupply: 30 }];
    expect(messages(e)).toEqual([
      'patient.medications[0].product: no product "amoxicilin-500-cap" in the catalog — did you mean "amoxicillin-500-cap"?',
      'patient.fillHistory[0].product: no product "warfarin-5-tab" in the catalog or in this file\'s localProducts — check the spelling against scenarios/catalog/',
      'prescriptions[0].product: no product "lisinoprill-10-tab" in the catalog — did you mean "lisinopril-10-tab"?',
    ]);
  });

  it('says so when no catalog was loaded', () => {
    const r = loadEncounterText(fixture('valid/minimal-encounter.json'), 'm.json', emptyCatalog());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('(no catalog was loaded');
  });

  it('needs unique dialogue line ids and intent findings that name real prescriptions', () => {
    const e = minimalEncounter();
    e.dialogue = { dropOff: [{ id: 'q1', text: 'Hi' }], pickUp: [{ id: 'q1', text: 'Bye' }] };
    e.intent = { findings: [{ code: 'LASA_RISK', rx: 'rx2' }] };
    expect(messages(e)).toEqual([
      'dialogue.pickUp[0].id: the line id "q1" is already used by dialogue.dropOff[0]: each dialogue line needs its own id',
      'intent.findings[0].rx: no prescription with id "rx2" in this file — did you mean "rx1"?',
    ]);
  });
});

describe('loading by kind', () => {
  it('dispatches on "kind"', () => {
    const enc = loadScenarioText(fixture('valid/minimal-encounter.json'), 'm.json', catalog);
    expect(enc.ok && enc.value.kind).toBe('encounter');
    const shift = loadScenarioText(
      JSON.stringify({ kind: 'shift', id: 'monday', title: 'Monday', encounters: [{ file: 'a.json' }] }),
      's.json',
      catalog,
    );
    expect(shift.ok && shift.value.kind === 'shift' && shift.value.shift.startsAt).toBe('09:00');
    expect(shift.ok && Object.isFrozen(shift.value)).toBe(true);
  });

  it('explains a missing or wrong kind at the "kind" value', () => {
    const wrong = loadScenarioText('{\n  "kind": "patient"\n}', 'k.json', catalog);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.errors).toEqual([
        {
          file: 'k.json',
          line: 2,
          column: 11,
          path: 'kind',
          message: 'the file must say "kind": "encounter" or "kind": "shift" — it says "kind": "patient"',
          said: { code: 'wrongKind', params: { kind: '"patient"', catalog: false } },
          severity: 'error',
        },
      ]);
    }
    const list = loadScenarioText('[]', 'k.json', catalog);
    expect(!list.ok && list.errors[0]!.message).toContain('a scenario file must be one object');
  });

  it('loads shifts and catalogs through their own entry points', () => {
    expect(loadShiftText('{"kind": "shift", "id": "a", "title": "A", "encounters": [{"file": "x.json"}]}', 's.json').ok).toBe(true);
    const c = loadCatalogText(fixture('valid/test-catalog.json'), 'c.json');
    expect(c.ok && c.value.products.size).toBe(4);
    expect(c.ok && Object.isFrozen(c.value.products.get('amoxicillin-500-cap'))).toBe(true);
  });

  it('merges a second catalog file and rejects an id already in the first', () => {
    const extra = (id: string) =>
      JSON.stringify({ kind: 'catalog', products: [{ ...JSON.parse(fixture('valid/test-catalog.json')).products[0], id }] });
    const merged = loadCatalogText(extra('lisinopril-20-tab'), 'more.json', catalog);
    expect(merged.ok && merged.value.products.size).toBe(5);
    expect(merged.ok && merged.value.source).toBe('test-catalog.json, more.json');
    const clash = loadCatalogText(extra('lisinopril-10-tab'), 'more.json', catalog);
    expect(!clash.ok && clash.errors[0]!.message).toBe(
      'the product id "lisinopril-10-tab" is already used in test-catalog.json: each product needs its own id',
    );
  });
});

describe('the loaders never throw', () => {
  const loaders = [
    (t: string) => loadScenarioText(t, 'f.json', catalog),
    (t: string) => loadEncounterText(t, 'f.json', catalog),
    (t: string) => loadShiftText(t, 'f.json'),
    (t: string) => loadCatalogText(t, 'f.json'),
  ];
  const check = (t: string) => {
    for (const loader of loaders) {
      const r = loader(t);
      expect(typeof r.ok).toBe('boolean');
      for (const p of r.ok ? r.warnings : r.errors) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
      }
    }
  };

  it('for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: 300 });
  });

  it('for any JSON value', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), check), { numRuns: 300 });
  });

  it('for the valid fixture with one character deleted, inserted or changed', () => {
    const base = fixture('valid/minimal-encounter.json');
    fc.assert(
      fc.property(
        fc.nat({ max: base.length - 1 }),
        fc.constantFrom('', '"', ',', '{', '}', '[', ']', ':', '\\', 'x', '0', '\n'),
        (at, ch) => {
          check(base.slice(0, at) + ch + base.slice(at + 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns an unexpected exception into a problem at 1:1', () => {
    const hostile = {
      get products(): never {
        throw new Error('boom');
      },
      source: 'evil',
    };
    const r = loadEncounterText(fixture('valid/minimal-encounter.json'), 'm.json', hostile as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 1, column: 1, path: '(file)' });
    if (!r.ok) expect(r.errors[0]!.message).toContain('boom');
  });
});
