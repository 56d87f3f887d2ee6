import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/core/check/checkScenario';
import { checkDea } from '../../../src/core/rules/dea';
import { loadCatalogText, loadScenarioText } from '../../../src/core/scenario/load';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOC = readFileSync(resolve(ROOT, 'docs/authoring.md'), 'utf8').replace(/\r\n/g, '\n');
const loaded = loadCatalogText(readFileSync(resolve(ROOT, 'scenarios/catalog/products.json'), 'utf8'), 'scenarios/catalog/products.json');
if (!loaded.ok) throw new Error('the catalog does not load');
const catalog = loaded.value;

/** The ```json blocks of the guide, in order. */
const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** The finished tutorial file, shown inside <details> at the end of the tutorial. */
function finishedFile(): string {
  const details = DOC.slice(DOC.indexOf('<details>'), DOC.indexOf('</details>'));
  const m = /```json\n([\s\S]*?)```/.exec(details);
  if (!m) throw new Error('docs/authoring.md has no finished tutorial file inside <details>');
  return m[1]!;
}

describe('the tutorial in docs/authoring.md', () => {
  it('ends with a file the checker passes: 0 errors, 0 warnings, DEA_INVALID, 100/100', () => {
    const result = checkScenario(finishedFile(), 'scenarios/encounters/catch-zolpidem-bad-dea.json', catalog);
    expect(result.errors.map((p) => p.message)).toEqual([]);
    expect(result.warnings.map((p) => p.message)).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['DEA_INVALID']);
    expect(result.referenceScore).toBe(100);
  });

  it('is clean before the error is planted, as step 5 shows', () => {
    const before = finishedFile()
      .replace('"type": "catch"', '"type": "fill"')
      .replace('"dea": "FN4172053"', '"dea": "FN4172057"')
      .replace('"findings": [{ "code": "DEA_INVALID", "rx": "rx1" }]', '"findings": []');
    const result = checkScenario(before, 'scenarios/encounters/catch-zolpidem-bad-dea.json', catalog);
    expect(result.warnings.map((p) => p.message)).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('explains a DEA number that passes and one that fails only the check digit', () => {
    expect(checkDea('FN4172057', 'Natarajan')).toEqual({ valid: true, problems: [] });
    expect(checkDea('FN4172053', 'Natarajan')).toEqual({ valid: false, problems: ['checksum'] });
    expect(DOC).toContain('11 + 16 = 27');
  });

  it('shows checker output that matches what the checker says for the planted error', () => {
    const undeclared = finishedFile().replace('"findings": [{ "code": "DEA_INVALID", "rx": "rx1" }]', '"findings": []');
    const [warning] = checkScenario(undeclared, 'scenarios/encounters/catch-zolpidem-bad-dea.json', catalog).warnings;
    expect(DOC).toContain(warning!.message);
  });

  it('gives complete JSON examples that load: the primer, the shift and the local product', () => {
    // Whole objects only: the tutorial's steps also show single lines and fields to paste.
    const whole = blocks.filter((b) => b.trim().startsWith('{') && b.trim().endsWith('}'));
    expect(whole.length).toBeGreaterThanOrEqual(3);
    for (const b of whole) expect(() => JSON.parse(b), b).not.toThrow();

    const shift = whole.find((b) => b.includes('"kind": "shift"'))!;
    const r = loadScenarioText(shift, 'scenarios/shifts/monday-controlled.json', catalog);
    expect(r.ok && r.value.kind).toBe('shift');

    const local = blocks.find((b) => b.trim().startsWith('"localProducts"'))!;
    const products = JSON.parse(`{${local.trim().replace(/,$/, '')}}`).localProducts;
    const file = JSON.parse(finishedFile());
    file.localProducts = products;
    file.prescriptions[0].product = products[0].id;
    file.shelf = [products[0].id];
    file.intent.findings = [];
    const withLocal = checkScenario(JSON.stringify(file), 'scenarios/encounters/catch-zolpidem-bad-dea.json', catalog);
    expect(withLocal.errors.map((p) => p.message)).toEqual([]);
  });
});
