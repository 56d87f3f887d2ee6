import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../../src/core/scenario/load';
import { fixture, ROOT, testCatalog } from './helpers';

const DIR = 'broken-scenarios';

/** file → every error it must produce, as [line, column, path, key phrase of the message]. */
const EXPECTED: Record<string, [number, number, string, string][]> = {
  'not-json.json': [[1, 1, '(file)', 'this file is not JSON']],
  'trailing-comma.json': [[26, 19, '(file)', 'remove the comma after the last item']],
  'empty.json': [[1, 1, '(file)', 'the file is empty; a scenario starts with {']],
  'comment.json': [[26, 20, '(file)', 'JSON files cannot contain comments']],
  'unterminated-string.json': [[25, 14, '(file)', 'this text has no closing double quote']],
  'wrong-types.json': [
    [9, 18, 'patient.firstName', 'expected text, got 12'],
    [13, 18, 'patient.allergies', 'expected a list ([ … ]), got an object'],
    [24, 19, 'prescriptions[0].quantity', 'expected a number, got "thirty"'],
  ],
  'unknown-key.json': [[24, 7, 'prescriptions[0].quantiy', 'unknown field "quantiy" — did you mean "quantity"?']],
  'missing-field.json': [[16, 5, 'prescriptions[0].sig', 'is missing: every prescription needs a sig, e.g. "i po bid pc"']],
  'unknown-product.json': [[29, 79, 'shelf[3]', 'no product "hydroxyzine-25-tab" in the catalog — did you mean "hydroxyzine-hcl-25-tab"?']],
  'bad-date.json': [[7, 12, 'today', 'must be a date written YYYY-MM-DD, e.g. 2026-03-14 — got "3/14/2026"']],
  'wrong-enum.json': [[18, 18, 'prescriptions[0].channel', 'must be one of: written, electronic, phone — got "fax"']],
  'missing-kind.json': [[1, 1, '(file)', 'the file must say "kind": "encounter" or "kind": "shift"']],
  'duplicate-rx-id.json': [[29, 13, 'prescriptions[1].id', 'the prescription id "rx1" is already used by prescriptions[0]']],
  'impossible-facts.json': [
    [16, 49, 'patient.fillHistory[1].date', "this past fill is dated 2036-03-12, after the scenario's today (2026-03-14)"],
    [25, 22, 'prescriptions[0].dateWritten', "the prescription is written on 2026-04-10, after the scenario's today (2026-03-14)"],
    [31, 22, 'prescriptions[0].refillsUsed', '3 refills used, but the prescription authorises only 2'],
  ],
};

describe('broken scenario fixtures: exact line, column, path and message', () => {
  const catalog = testCatalog();

  it('has one expectation per fixture file (plus the BOM file, which loads)', () => {
    const files = readdirSync(resolve(ROOT, 'tests/fixtures', DIR)).sort();
    expect(files).toEqual([...Object.keys(EXPECTED), 'byte-order-mark.json'].sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const source = `${DIR}/${file}`;
      const r = loadScenarioText(fixture(source), source, catalog);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => [e.line, e.column, e.path])).toEqual(expected.map(([l, c, p]) => [l, c, p]));
      r.errors.forEach((e, i) => {
        expect(e.message).toContain(expected[i]![3]);
        expect(e.file).toBe(source);
        expect(e.severity).toBe('error');
        expect(e.message).not.toMatch(/Invalid input|Invalid option|expected string|received/);
      });
    });
  }

  it('byte-order-mark.json loads, with one warning at 1:1', () => {
    const r = loadScenarioText(fixture(`${DIR}/byte-order-mark.json`), 'bom.json', catalog);
    expect(r.ok).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 1, column: 1, path: '(file)', severity: 'warning' });
    expect(r.warnings[0]!.message).toContain('byte-order mark');
  });
});
