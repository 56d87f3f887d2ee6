import { describe, expect, it } from 'vitest';
import { readResults } from '../../../../src/platform/results/readResults';
import { rescore } from '../../../../src/platform/results/rescore';
import type { Submission } from '../../../../src/platform/results/submission';
import { loadShippedEncounter } from '../../../../src/platform/scenarioLibrary';
import { TAMPERED, UNKNOWN_VERSION, classFiles } from '../../../fixtures/classResults';

const FILES = classFiles();

function submission(i: number): Submission {
  const f = FILES[i]!;
  const read = readResults(f.name, f.text);
  if (!read.ok) throw new Error(read.message);
  return read.submissions[0]!;
}

describe('re-scoring a results file on the shipped scenarios', () => {
  it('counts a file whose every encounter replays to the score it records', () => {
    const checked = rescore(submission(0), loadShippedEncounter);
    expect(checked.kind).toBe('accepted');
    if (checked.kind !== 'accepted') return;
    expect(checked.encounters.map((e) => e.report.score)).toEqual(checked.encounters.map((e) => e.claimed.score));
  });

  it('leaves out a file whose recorded score is not what its log gives, and says so', () => {
    const checked = rescore(submission(TAMPERED), loadShippedEncounter);
    expect(checked).toMatchObject({
      kind: 'rejected',
      message: expect.stringMatching(
        /records 100 \(pass\), but replaying its log gives \d+ \(fail, critical: miss\.ALLERGY.*\): the file does not match its own log, so this file is left out of the totals$/,
      ),
    });
  });

  it('leaves out a file played on a scenario version this TechShift does not have', () => {
    const checked = rescore(submission(UNKNOWN_VERSION), loadShippedEncounter);
    expect(checked).toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('was played on scenario version 0123456789abcdef, but this TechShift has version'),
    });
  });

  it('leaves out a file naming a scenario that does not ship, or a path now holding another scenario', () => {
    const gone = submission(1);
    gone.encounters[1] = { ...gone.encounters[1]!, source: 'imported/my-own-case.json' };
    expect(rescore(gone, loadShippedEncounter)).toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining(
        'imported/my-own-case.json) is not a scenario that ships with this TechShift: its score cannot be checked, so this file is left out of the totals',
      ),
    });
    const moved = submission(1);
    moved.encounters[0] = { ...moved.encounters[0]!, scenarioId: 'old-name' };
    expect(rescore(moved, loadShippedEncounter)).toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('names scenario "old-name", but that file is now'),
    });
  });
});
