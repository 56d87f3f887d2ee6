import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../src/core/check/checkScenario';
import { loadCatalogText } from '../../../../src/core/scenario/load';

const ROOT = resolve(import.meta.dirname, '../../../..');
const catalogText = readFileSync(resolve(ROOT, 'tests/fixtures/valid/test-catalog.json'), 'utf8');
const catalog = loadCatalogText(catalogText, 'test-catalog.json');
const minimal = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/valid/minimal-encounter.json'), 'utf8')) as {
  prescriptions: Record<string, unknown>[];
} & Record<string, unknown>;

function check(changes: Record<string, unknown>, rx: Record<string, unknown> = {}) {
  if (!catalog.ok) throw new Error('test catalog does not load');
  const text = JSON.stringify({ ...minimal, prescriptions: [{ ...minimal.prescriptions[0], ...rx }], ...changes }, null, 2);
  return { text, result: checkScenario(text, 'minimal-encounter.json', catalog.value) };
}

/** The 1-based line and column of the nth occurrence of a needle in the text. */
function at(text: string, needle: string, nth = 0): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const lots = (expires: string[]) => ({ lots: expires.map((e, i) => ({ lot: `L${i}`, expires: e })) });

describe('the checker on stock, shortages and reconstitution', () => {
  it('names the file, line and column of a lot with a date that is not a date', () => {
    const { text, result } = check({ stock: { 'lisinopril-10-tab': { lots: [{ lot: 'A1', expires: '2026-02-30' }] } } });
    const e = result.errors.find((p) => p.path === 'stock["lisinopril-10-tab"].lots[0].expires');
    expect(e).toMatchObject(at(text, '"2026-02-30"'));
  });

  it('refuses stock for a product the catalog does not have, at its key', () => {
    const { text, result } = check({ stock: { 'lisinoprill-10-tab': { onHand: 3 } } });
    const e = result.errors.find((p) => p.path === 'stock["lisinoprill-10-tab"]');
    expect(e).toMatchObject({ file: 'minimal-encounter.json', line: at(text, '"lisinoprill-10-tab"').line });
    expect(e?.message).toMatch(/no product "lisinoprill-10-tab" in the catalog — did you mean "lisinopril-10-tab"\?/);
  });

  it('warns when every lot of the prescribed product is out of date, so no bottle can be taken', () => {
    const { text, result } = check({ stock: { 'lisinopril-10-tab': lots(['2026-01-31', '2026-03-20']) } });
    const w = result.warnings.find((p) => p.path === 'stock["lisinopril-10-tab"].lots');
    expect(w?.message).toMatch(
      /every lot of "lisinopril-10-tab" is expired or expires within 30 days of today \(L0 2026-01-31 \(-42 days\), L1 2026-03-20 \(6 days\)\)/,
    );
    expect(w).toMatchObject({ line: at(text, '"lots"').line });
    const fine = check({ stock: { 'lisinopril-10-tab': lots(['2026-01-31', '2027-01-31']) } }).result;
    expect([...fine.errors, ...fine.warnings]).toEqual([]);
  });

  it('warns about stock for a product not on the shelf', () => {
    const w = check({ stock: { 'amoxicillin-500-cap': { onHand: 3 } } }).result.warnings;
    expect(w.map((p) => p.message)).toContain(
      'stock is given for "amoxicillin-500-cap", which is not on the shelf: add it to "shelf", or remove this entry',
    );
  });

  it('asks for the pharmacist decision when the shelf is short, and warns about a decision with nothing short', () => {
    const short = check({ stock: { 'lisinopril-10-tab': { onHand: 10 } } });
    const w = short.result.warnings.find((p) => p.path === 'prescriptions[0].quantity');
    expect(w?.message).toMatch(/only 10 of "lisinopril-10-tab" is on hand for a quantity of 30: add "shortage"/);
    expect(w).toMatchObject(at(short.text, '30,'));
    const decided = check({ stock: { 'lisinopril-10-tab': { onHand: 10 } } }, { shortage: { resolution: 'partialFill' } });
    expect(decided.result.warnings).toEqual([]);
    expect(decided.result.errors).toEqual([]);
    const needless = check({}, { shortage: { resolution: 'transfer' } }).result.warnings.find(
      (p) => p.path === 'prescriptions[0].shortage',
    );
    expect(needless?.message).toMatch(/the shelf is not short \(no stock.onHand is given for a quantity of 30\)/);
    const nothing = check({ stock: { 'lisinopril-10-tab': { onHand: 0 } } }, { shortage: { resolution: 'partialFill' } });
    expect(nothing.result.warnings.map((p) => p.path)).toEqual(['prescriptions[0].shortage.resolution']);
  });

  it('warns when a prescription asks to reconstitute a product with nothing to make up', () => {
    const w = check({}, { reconstitute: true }).result.warnings.find((p) => p.path === 'prescriptions[0].reconstitute');
    expect(w?.message).toMatch(/"lisinopril-10-tab" has no "reconstitution" facts in the catalog/);
  });

  it('explains an unknown shortage resolution with the choices', () => {
    const e = check({ stock: { 'lisinopril-10-tab': { onHand: 10 } } }, { shortage: { resolution: 'borrow' } }).result.errors;
    expect(e.find((p) => p.path === 'prescriptions[0].shortage.resolution')?.message).toMatch(/partialFill.*orderTomorrow.*transfer/);
  });
});
