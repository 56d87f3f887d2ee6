import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/core/check/checkFile';
import { checkScenario } from '../../../src/core/check/checkScenario';
import { fixture, minimalEncounter, testCatalog } from '../core/scenario/helpers';
import { fakeAnalysis } from './fakeAnalysis';

/** What an instructor trying the checker ran into: each warning with where it points. */
const catalog = testCatalog();
const NAME = 'minimal-encounter.json';
const text = (e: unknown) => JSON.stringify(e, null, 2);
const at = (ps: { line: number; column: number; path: string; message: string }[]) =>
  ps.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
/** Line and column of the first occurrence of a snippet in a text. */
function where(source: string, snippet: string): string {
  const i = source.indexOf(snippet);
  const before = source.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('the checker tells the author', () => {
  it("when an as-needed sig has no frequency, so the days' supply cannot be worked out (at the sig)", () => {
    const e = minimalEncounter();
    e.prescriptions[0].sig = '1 tab prn 1 h before activity';
    const source = text(e);
    const r = checkScenario(source, NAME, catalog);
    const w = r.warnings.find((p) => p.path === 'prescriptions[0].sig');
    expect(w, at(r.warnings).join('\n')).toBeDefined();
    expect(`${w!.line}:${w!.column}`).toBe(where(source, '"1 tab prn 1 h before activity"'));
    expect(w!.message).toMatch(
      /cannot work out a days' supply from "1 tab prn 1 h before activity".*any number the student enters is accepted/,
    );
    expect(r.daysSupply).toEqual([{ rx: 'rx1', days: null, why: expect.stringContaining('how often') }]);
  });

  it('when "$schema" does not point at a TechShift schema, or does not resolve from the file\'s folder', () => {
    const e = { ...minimalEncounter(), $schema: 'https://example.com/other.json' };
    expect(at(checkFile(text(e), NAME, catalog, null).warnings)).toEqual([
      expect.stringMatching(/^2:\d+ \$schema: "\$schema" should point at TechShift's scenario.schema.json/),
    ]);
    const relative = { ...minimalEncounter(), $schema: '../scenario.schema.json' };
    const exists = (found: boolean) => ({ fileExists: () => found });
    expect(checkFile(text(relative), NAME, catalog, null, exists(true)).warnings).toEqual([]);
    expect(at(checkFile(text(relative), NAME, catalog, null, exists(false)).warnings)[0]).toMatch(
      /there is no "..\/scenario.schema.json" from this file's folder/,
    );
    const url = { ...minimalEncounter(), $schema: 'https://techshift.example/scenarios/scenario.schema.json' };
    expect(checkFile(text(url), NAME, catalog, null, exists(false)).warnings).toEqual([]);
  });

  it("when a file's id is not its file name (templates excepted)", () => {
    const source = fixture('valid/minimal-encounter.json');
    expect(at(checkFile(source, 'my-copy.json', catalog, null).warnings)).toEqual([
      `${where(source, '"minimal-encounter"')} id: the id "minimal-encounter" is not the file's name "my-copy": rename the file to minimal-encounter.json or set "id": "my-copy", so both name the same scenario`,
    ]);
    expect(checkFile(source, 'scenarios/templates/fill.template.json', catalog, null).warnings).toEqual([]);
  });

  it('"does not list it" at the "findings" key, or at the "intent" key when there is no list', () => {
    const analysis = fakeAnalysis({
      findings: [{ code: 'DEA_INVALID', rx: 'rx1', step: 'intake', params: { dea: 'AB1234560', format: true } }],
    });
    const withList = { ...minimalEncounter(), type: 'catch', intent: { findings: [], teachingNotes: { intake: 'x' } } };
    const a = text(withList);
    expect(checkFile(a, NAME, catalog, analysis).warnings.map((p) => `${p.line}:${p.column}`)).toEqual([where(a, '"findings": []')]);
    const noList = { ...minimalEncounter(), type: 'catch', intent: { teachingNotes: { intake: 'x' } } };
    const b = text(noList);
    expect(checkFile(b, NAME, catalog, analysis).warnings.map((p) => `${p.line}:${p.column}`)).toEqual([where(b, '"intent"')]);
  });

  it('when a teaching note is keyed by a finding the rules never find', () => {
    const e = { ...minimalEncounter(), intent: { teachingNotes: { ALLERGY: 'Amoxicillin is a penicillin.' } } };
    expect(at(checkFile(text(e), NAME, catalog, fakeAnalysis()).warnings)).toEqual([
      expect.stringMatching(/intent\.teachingNotes\.ALLERGY: this note is for ALLERGY, but the rules do not find ALLERGY in this file/),
    ]);
  });

  it("that a date of birth given aloud at drop-off, unlike the prescription's, is a PATIENT_MISMATCH the expert stops", () => {
    const e = {
      ...minimalEncounter(),
      type: 'catch',
      dropOffIdentity: { dateOfBirth: '1963-02-11' },
      intent: { findings: [{ code: 'PATIENT_MISMATCH', rx: 'rx1' }] },
    };
    const r = checkScenario(text(e), NAME, catalog);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.findings).toEqual([
      {
        code: 'PATIENT_MISMATCH',
        rx: 'rx1',
        sentence: expect.stringMatching(/^At drop-off the person gives date of birth 02\/11\/1963, but /),
      },
    ]);
    expect(r.referenceScore).toBe(100);
  });
});
