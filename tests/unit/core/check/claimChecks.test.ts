import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../src/core/check/checkScenario';
import { loadCatalogText, loadEncounterText } from '../../../../src/core/scenario/load';

const ROOT = resolve(import.meta.dirname, '../../../..');
const CATALOG_TEXT = readFileSync(resolve(ROOT, 'scenarios/catalog/products.json'), 'utf8');
const loaded = loadCatalogText(CATALOG_TEXT, 'scenarios/catalog/products.json');
if (!loaded.ok) throw new Error('catalog does not load');
const catalog = loaded.value;
const FILE = 'scenarios/encounters/claim-75-prior-authorization.json';
const TEXT = readFileSync(resolve(ROOT, FILE), 'utf8');

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): string {
  const i = text.indexOf(needle);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('the checker on plans and claims', () => {
  it('an unknown plan id is an error at its line and column, with a "did you mean"', () => {
    const text = TEXT.replace('"planId": "prairie-state-health"', '"planId": "prairie-state-helth"');
    const r = loadEncounterText(text, FILE, catalog);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors[0]!;
    expect(`${e.file}:${e.line}:${e.column} ${e.path}: ${e.message}`).toBe(
      `${FILE}:${at(text, '"prairie-state-helth"')} patient.insurance.planId: no plan "prairie-state-helth" in the catalog or in this file's plans — did you mean "prairie-state-health"?`,
    );
  });

  it('a formulary entry for a product the catalog lacks is an error at that entry', () => {
    const broken = CATALOG_TEXT.replace('"product": "esomeprazole-40-cap"', '"product": "esomeprazol-40-cap"');
    const r = loadCatalogText(broken, 'products.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ path: expect.stringMatching(/^plans\[0\]\.formulary\[0\]\.product$/) });
    expect(r.errors[0]!.message).toBe('no product "esomeprazol-40-cap" in the catalog — did you mean "esomeprazole-40-cap"?');
  });

  it('warns when the plan facts make the case impossible: a 75 case whose plan pays, an NPI nobody can fix', () => {
    const own = JSON.parse(TEXT) as Record<string, any>;
    own['plans'] = [{ id: 'prairie-state-health', name: 'Prairie State Health Plan', bin: '017342' }];
    const paid = checkScenario(JSON.stringify(own, null, 2), FILE, catalog);
    expect(paid.warnings.map((w) => w.message)).toContain(
      "the id says this is a 75 case, but the plan answers paid for rx1: check the plan's formulary, limits, coverage dates and the fills it knows of",
    );

    const badNpi = JSON.parse(TEXT) as Record<string, any>;
    badNpi['prescriptions'][0]['prescriber']['npi'] = '1234567890';
    const r = checkScenario(JSON.stringify(badNpi, null, 2), FILE, catalog);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).toContain(
      "prescriptions[0].prescriber: the claim for rx1 is rejected 25 even when billed from the card and the NPI registry, so no student can fix it: check the member ID, person code, date of birth, NPI (npiOnFile) and the prescription's quantity",
    );
  });

  it('warns when a "claim" encounter bills no plan', () => {
    const own = JSON.parse(TEXT) as Record<string, any>;
    delete own['patient']['insurance']['planId'];
    const r = checkScenario(JSON.stringify(own, null, 2), FILE, catalog);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).toContain(
      'type: this is a "claim" encounter, but the patient\'s insurance names no plan: add "planId" to patient.insurance (see docs/authoring.md, "Insurance claims")',
    );
  });

  it('the shipped claim files check clean', () => {
    const r = checkScenario(TEXT, FILE, catalog);
    expect([...r.errors, ...r.warnings]).toEqual([]);
  });
});
