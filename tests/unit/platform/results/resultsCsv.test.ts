import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildResultsFile } from '../../../../src/platform/results/resultsFile';
import { CSV_COLUMNS, readResultsCsv, resultsCsv, rowsOfFile } from '../../../../src/platform/results/resultsCsv';
import { expertLog, missEverythingLog, shipped } from '../../../fixtures/classResults';

const FILL = shipped('scenarios/encounters/fill-lisinopril-refill-day.json');
const CATCH = shipped('scenarios/encounters/catch-oxycodone-bad-dea.json');
const AWKWARD = 'O\'Neil, "Sam"\n=HYPERLINK("x")';

function twoEncounters(studentName = AWKWARD) {
  return buildResultsFile(
    [
      {
        scenario: FILL,
        mode: 'practice',
        log: expertLog(FILL),
        shift: { id: 'calm-morning', title: 'A calm Monday, "early"', path: 'scenarios/shifts/calm-morning.json' },
      },
      { scenario: CATCH, mode: 'practice', log: missEverythingLog(CATCH) },
    ],
    { exportedAt: '2026-11-03T14:05:09.000Z', studentName },
  );
}

describe('the results CSV', () => {
  it('is RFC 4180: a header, one CRLF-ended row per encounter, quotes doubled, fields with commas or line breaks quoted', () => {
    const csv = resultsCsv(rowsOfFile(twoEncounters()));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    const rows = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(rows).toHaveLength(3);
    expect(csv).toContain('"O\'Neil, ""Sam""\n');
    // A spreadsheet must not run what a student typed as a formula.
    expect(rows[1]![0]).toBe('O\'Neil, "Sam"\n=HYPERLINK("x")');
    expect(rows[1]![CSV_COLUMNS.indexOf('score')]).toBe('100');
    expect(rows[2]![CSV_COLUMNS.indexOf('result')]).toBe('fail');
    expect(rows[2]![CSV_COLUMNS.indexOf('critical_errors')]).toContain('miss.DEA_INVALID');
  });

  it('guards a value that starts like a formula, and reads it back as typed', () => {
    const csv = resultsCsv(rowsOfFile(twoEncounters('=1+1')));
    expect(Papa.parse<string[]>(csv).data[1]![0]).toBe("'=1+1");
    const read = readResultsCsv(csv, 'x.csv');
    expect(read.ok && read.submissions[0]!.student).toBe('=1+1');
  });

  it('reads back to the same encounters, logs and claimed scores, grouped into one submission per student and download', () => {
    const file = twoEncounters();
    const read = readResultsCsv(resultsCsv(rowsOfFile(file)), 'class.csv');
    if (!read.ok) throw new Error(read.message);
    expect(read.submissions).toHaveLength(1);
    const [s] = read.submissions;
    expect(s!.student).toBe(AWKWARD);
    expect(s!.encounters.map((e) => e.log)).toEqual(file.encounters.map((e) => e.log));
    expect(s!.encounters.map((e) => e.claimed.score)).toEqual(file.encounters.map((e) => e.score));
    expect(s!.encounters[0]!.shift).toEqual({
      id: 'calm-morning',
      title: 'A calm Monday, "early"',
      path: 'scenarios/shifts/calm-morning.json',
    });
    expect(s!.encounters[1]!.claimed).toMatchObject({ passed: false, critical: ['miss.DEA_INVALID@rx1'] });
  });

  it('names the row and column of a bad value, and says when a CSV is not a results CSV', () => {
    const csv = resultsCsv(rowsOfFile(twoEncounters('Ana')));
    const bad = csv.replace(/,100,pass,/, ',lots,pass,');
    const read = readResultsCsv(bad, 'class.csv');
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^row 2, column score: expected a score from 0 to 100/) });
    expect(readResultsCsv('name,grade\r\nAna,A\r\n', 'grades.csv')).toEqual({
      ok: false,
      message: expect.stringContaining('not a TechShift results CSV: the header has no "student"'),
    });
  });
});
