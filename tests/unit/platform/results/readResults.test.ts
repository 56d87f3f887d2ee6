import { describe, expect, it } from 'vitest';
import { readResults } from '../../../../src/platform/results/readResults';
import { buildResultsFile } from '../../../../src/platform/results/resultsFile';
import { resultsCsv, rowsOfFile } from '../../../../src/platform/results/resultsCsv';
import { expertLog, shipped } from '../../../fixtures/classResults';

const FILL = shipped('scenarios/encounters/fill-lisinopril-refill-day.json');
const good = () =>
  buildResultsFile([{ scenario: FILL, mode: 'practice', log: expertLog(FILL) }], { exportedAt: '2026-11-03T14:05:09.000Z' });

describe('reading a dropped results file', () => {
  it('reads a results file, naming the student after the file when no name was typed', () => {
    const read = readResults('ana.json', JSON.stringify(good()));
    expect(read.ok && read.submissions.map((s) => [s.student, s.encounters.length])).toEqual([['ana', 1]]);
  });

  it('reads a results CSV by its extension', () => {
    const read = readResults('ana.csv', resultsCsv(rowsOfFile(good())));
    expect(read.ok && read.submissions[0]!.encounters[0]!.claimed.score).toBe(100);
  });

  it('says a file is not JSON, with its name', () => {
    expect(readResults('notes.json', 'Dear instructor, {')).toEqual({
      ok: false,
      fileName: 'notes.json',
      message: expect.stringMatching(/^notes\.json: not JSON, so not a TechShift results file/),
    });
  });

  it('says which field is wrong in a results file of the wrong shape', () => {
    const file = good() as unknown as { encounters: { score: unknown; log: { type: string }[] }[] };
    file.encounters[0]!.score = 'full marks';
    expect(readResults('ben.json', JSON.stringify(file))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^ben\.json: encounters\[0\]\.score: .*number/),
    });
    const other = good() as unknown as { encounters: { log: { type: string }[] }[] };
    other.encounters[0]!.log[2]!.type = 'teleport';
    expect(readResults('cy.json', JSON.stringify(other))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^cy\.json: encounters\[0\]\.log\[2\]\.type: /),
    });
  });

  it('tells other JSON apart from a results file', () => {
    expect(readResults('package.json', '{"name":"x"}')).toMatchObject({
      ok: false,
      message: 'package.json: JSON, but not a TechShift results file: format: expected "techshift-results"',
    });
  });

  it('refuses 5 MB of garbage without parsing it', () => {
    expect(readResults('big.json', 'x'.repeat(5_000_000))).toMatchObject({
      ok: false,
      fileName: 'big.json',
      message: expect.stringMatching(/^big\.json: 5\.0 MB is far too big/),
    });
  });
});
