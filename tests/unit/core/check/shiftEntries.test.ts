import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../../src/core/check/checkFile';
import { formatProblem } from '../../../../src/core/scenario/problems';
import { fakeAnalysis } from '../../tools/fakeAnalysis';
import { fixture, testCatalog } from '../scenario/helpers';

const catalog = testCatalog();
const FILES: Record<string, string> = {
  'fill.json': fixture('valid/minimal-encounter.json'),
  'catalog.json': fixture('valid/test-catalog.json'),
  'other-shift.json': JSON.stringify({ kind: 'shift', id: 'x', title: 'X', encounters: [{ file: 'fill.json' }] }),
  'notes.txt': 'just some notes',
  'broken.json': fixture('broken-scenarios/wrong-enum.json'),
};
const shift = (files: string[]) =>
  JSON.stringify({ kind: 'shift', id: 'monday', title: 'Monday', encounters: files.map((file) => ({ file })) }, null, 2);
const check = (files: string[]) =>
  checkFile(shift(files), 'shifts/monday.json', catalog, fakeAnalysis(), { fileExists: (f) => f in FILES, readFile: (f) => FILES[f] });

describe('a shift lists encounters the game can open (found by the fuzzer)', () => {
  it('accepts encounter files', () => {
    expect(check(['fill.json', 'fill.json'])).toMatchObject({ ok: true, errors: [] });
  });

  it('refuses a catalog, a shift or a file that is not JSON, at the entry that names it', () => {
    const r = check(['fill.json', 'catalog.json', 'other-shift.json', 'notes.txt', 'broken.json']);
    expect(r.ok).toBe(false);
    expect(r.errors.map((p) => formatProblem(p))).toEqual([
      'shifts/monday.json:10:15 encounters[1].file: "catalog.json" is a catalog file, not an encounter: a shift lists encounter files only',
      'shifts/monday.json:13:15 encounters[2].file: "other-shift.json" is a shift file, not an encounter: a shift lists encounter files only',
      expect.stringMatching(
        /^shifts\/monday\.json:16:15 encounters\[3\]\.file: "notes\.txt" does not load as an encounter \(at 1:1: this file is not JSON/,
      ),
      'shifts/monday.json:19:15 encounters[4].file: "broken.json" does not load as an encounter (at 18:18: must be one of: written, electronic, phone — got "fax"): fix that file, or list another',
    ]);
  });

  it('still only asks whether a file exists when it cannot read files', () => {
    const r = checkFile(shift(['catalog.json']), 'shifts/monday.json', catalog, fakeAnalysis(), { fileExists: (f) => f in FILES });
    expect(r.ok).toBe(true);
  });
});
