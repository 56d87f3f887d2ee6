import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/core/check/checkFile';
import { fixture, minimalEncounter, testCatalog } from '../core/scenario/helpers';
import { fakeAnalysis } from './fakeAnalysis';

const catalog = testCatalog();
const text = (e: unknown) => JSON.stringify(e, null, 2);
const paths = (ps: { path: string; message: string }[]) => ps.map((p) => `${p.path}: ${p.message}`);

describe('checkFile (the checker for one file)', () => {
  it('a valid encounter: ok, findings, expert path at full marks', () => {
    const r = checkFile(fixture('valid/minimal-encounter.json'), 'minimal-encounter.json', catalog, fakeAnalysis());
    expect(r).toEqual({
      file: 'minimal-encounter.json',
      ok: true,
      errors: [],
      warnings: [],
      findings: [],
      daysSupply: [{ rx: 'rx1', days: 30 }],
      playable: true,
      referenceScore: 100,
    });
  });

  it('without the rules and engine, checks the file only', () => {
    const r = checkFile(fixture('valid/minimal-encounter.json'), 'minimal-encounter.json', catalog, null);
    expect(r).toEqual({
      file: 'minimal-encounter.json',
      ok: true,
      errors: [],
      warnings: [],
      findings: [],
      daysSupply: [],
      playable: false,
      referenceScore: null,
    });
  });

  it('a broken file: its errors, nothing else', () => {
    const r = checkFile(fixture('broken-scenarios/bad-date.json'), 'minimal-encounter.json', catalog, fakeAnalysis());
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.line, e.column, e.path])).toEqual([[7, 12, 'today']]);
    expect(r.findings).toEqual([]);
    expect(r.playable).toBe(false);
    expect(r.referenceScore).toBeNull();
  });

  it('warns where the declared intent and the rules disagree, both ways', () => {
    const e = minimalEncounter();
    e.type = 'catch';
    e.intent = { findings: [{ code: 'REFILL_TOO_SOON', rx: 'rx1' }] };
    const analysis = fakeAnalysis({
      findings: [
        {
          code: 'DEA_INVALID',
          rx: 'rx1',
          step: 'intake',
          params: { dea: 'AB1234560', format: false, checkDigit: { expected: 3, shown: '0' } },
        },
      ],
    });
    const r = checkFile(text(e), 'minimal-encounter.json', catalog, analysis);
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([
      {
        code: 'DEA_INVALID',
        rx: 'rx1',
        sentence: 'DEA number AB1234560 fails the check: its check digit should be 3, but the prescription shows 0.',
      },
    ]);
    expect(paths(r.warnings)).toEqual([
      'intent.findings: the rules find DEA_INVALID on rx1 (DEA number AB1234560 fails the check: its check digit should be 3, but the prescription shows 0), but intent.findings does not list it: add {"code": "DEA_INVALID", "rx": "rx1"} if you meant it, or change the facts that cause it',
      'intent.findings[0]: you declared REFILL_TOO_SOON on rx1, but the rules do not find it: check the facts in this file that should cause it, or remove it from intent.findings',
    ]);
    expect(r.warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('an intent without rx matches the finding on any prescription', () => {
    const e = minimalEncounter();
    e.type = 'catch';
    e.intent = { findings: [{ code: 'DEA_INVALID' }] };
    const analysis = fakeAnalysis({
      findings: [{ code: 'DEA_INVALID', rx: 'rx1', step: 'intake', params: { dea: 'AB1234560', format: true } }],
    });
    expect(checkFile(text(e), 'minimal-encounter.json', catalog, analysis).warnings).toEqual([]);
  });

  it('warns when the prescribed product is not on the shelf, unless the author means it to be stopped', () => {
    const e = minimalEncounter();
    e.shelf = ['hydralazine-25-tab'];
    const r = checkFile(text(e), 'minimal-encounter.json', catalog, null);
    expect(paths(r.warnings)).toEqual([
      'prescriptions[0].product: the prescribed product "lisinopril-10-tab" is not on the shelf, so the student can never pick the right bottle: add it to "shelf"',
    ]);
    const lines = text(e).split('\n');
    const line = lines.findIndex((l) => l.includes('"product": "lisinopril-10-tab"'));
    expect(r.warnings[0]).toMatchObject({ line: line + 1, column: lines[line]!.indexOf('"lisinopril') + 1 });
    e.intent = { findings: [{ code: 'DEA_INVALID', rx: 'rx1' }] };
    expect(checkFile(text(e), 'minimal-encounter.json', catalog, null).warnings).toEqual([]);
  });

  it('warns about a declared look-alike test with no look-alike on the shelf', () => {
    const e = minimalEncounter();
    e.intent = { findings: [{ code: 'LASA_RISK', rx: 'rx1' }] };
    const r = checkFile(text(e), 'minimal-encounter.json', catalog, null);
    expect(paths(r.warnings)).toEqual([
      'intent.findings[0]: you declared LASA_RISK on rx1, but no look-alike of the prescribed product is on the shelf: put one beside it (see the product\'s "lookAlikes" in the catalog)',
    ]);
    e.prescriptions[0].product = 'hydroxyzine-hcl-25-tab';
    e.shelf = ['hydroxyzine-hcl-25-tab', 'hydralazine-25-tab'];
    expect(checkFile(text(e), 'minimal-encounter.json', catalog, null).warnings).toEqual([]);
  });

  it('an expert score below 100 is a warning naming what lost points', () => {
    const r = checkFile(fixture('valid/minimal-encounter.json'), 'minimal-encounter.json', catalog, fakeAnalysis({ score: 90 }));
    expect(r.ok).toBe(true);
    expect(r.referenceScore).toBe(90);
    expect(paths(r.warnings)).toEqual([
      '(file): the expert path scores 90/100, not 100: You counted 28; the prescription is for 30 tablets.',
    ]);
  });

  it('an encounter the engine cannot finish, or that makes it throw, is an error (one line, no stack)', () => {
    const stuck = checkFile(fixture('valid/minimal-encounter.json'), 'minimal-encounter.json', catalog, fakeAnalysis({ complete: false }));
    expect(stuck.ok).toBe(false);
    expect(stuck.playable).toBe(false);
    expect(stuck.errors[0]!.message).toContain('does not finish this encounter');
    const thrown = checkFile(fixture('valid/minimal-encounter.json'), 'minimal-encounter.json', catalog, fakeAnalysis({ fail: 'solve' }));
    expect(thrown.ok).toBe(false);
    expect(thrown.errors[0]!.message).toBe(
      'the game could not play this encounter through (solver exploded); this is probably a bug in TechShift, please report it',
    );
    const rules = checkFile(fixture('valid/minimal-encounter.json'), 'minimal-encounter.json', catalog, fakeAnalysis({ fail: 'findings' }));
    expect(rules.errors[0]!.message).toContain('the rules could not judge this encounter (rule exploded)');
  });

  it('a shift: every encounter file it lists must exist', () => {
    const shift = {
      kind: 'shift',
      id: 'monday',
      title: 'Monday',
      encounters: [{ file: 'minimal-encounter.json' }, { file: 'missing.json' }],
    };
    const r = checkFile(text(shift), 'shift.json', catalog, fakeAnalysis(), { fileExists: (f) => f === 'minimal-encounter.json' });
    expect(r.ok).toBe(false);
    expect(paths(r.errors)).toEqual([
      'encounters[1].file: there is no file "missing.json": the path is read from the folder this shift file is in',
    ]);
    const fine = checkFile(text(shift), 'shift.json', catalog, fakeAnalysis(), { fileExists: () => true });
    expect(fine).toMatchObject({ ok: true, playable: true, referenceScore: null, findings: [] });
  });
});

describe('checkScenario (with the real rules and engine)', () => {
  it('the minimal encounter is a clean fill that the expert path plays to 100', async () => {
    const { checkScenario } = await import('../../../src/core/check/checkScenario');
    const r = checkScenario(fixture('valid/minimal-encounter.json'), 'minimal-encounter.json', catalog);
    expect(r).toEqual({
      file: 'minimal-encounter.json',
      ok: true,
      errors: [],
      warnings: [],
      findings: [],
      daysSupply: [{ rx: 'rx1', days: 30 }],
      playable: true,
      referenceScore: 100,
    });
  });
});
