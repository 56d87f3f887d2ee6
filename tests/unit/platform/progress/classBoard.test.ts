import { describe, expect, it } from 'vitest';
import { classBoard } from '../../../../src/platform/progress/classBoard';
import { readResults } from '../../../../src/platform/results/readResults';
import { buildResultsFile, type PlayedEncounter } from '../../../../src/platform/results/resultsFile';
import { rescore } from '../../../../src/platform/results/rescore';
import { loadShippedEncounter } from '../../../../src/platform/scenarioLibrary';
import { expertLog, missEverythingLog, shipped } from '../../../fixtures/classResults';

const OXY = shipped('scenarios/encounters/catch-oxycodone-bad-dea.json');
const LISINOPRIL = shipped('scenarios/encounters/fill-lisinopril-refill-day.json');

function fileOf(played: PlayedEncounter[], exportedAt: string, displayName?: string) {
  const file = buildResultsFile(played, { exportedAt, ...(displayName ? { displayName } : {}) });
  const read = readResults('r.json', JSON.stringify(file));
  if (!read.ok) throw new Error(read.message);
  return rescore(read.submissions[0]!, loadShippedEncounter);
}

describe('the class board', () => {
  const missed = fileOf([{ scenario: OXY, mode: 'practice', log: missEverythingLog(OXY) }], '2026-12-01T10:00:00.000Z', 'Falcon');
  const caught = fileOf([{ scenario: OXY, mode: 'practice', log: expertLog(OXY) }], '2026-12-02T10:00:00.000Z', 'falcon ');
  const other = fileOf([{ scenario: LISINOPRIL, mode: 'assessment', log: expertLog(LISINOPRIL) }], '2026-12-01T11:00:00.000Z', 'Owl');
  const nameless = fileOf([{ scenario: LISINOPRIL, mode: 'practice', log: expertLog(LISINOPRIL) }], '2026-12-01T12:00:00.000Z');

  it('reads an old results file without a display name, and keeps the one a student chose', () => {
    expect(nameless.kind === 'accepted' && nameless.submission.displayName).toBe(undefined);
    expect(missed.kind === 'accepted' && missed.submission.displayName).toBe('Falcon');
  });

  it('adds up each student’s files under the name they chose, with the points and badges the game would give', () => {
    const board = classBoard([missed, caught, other, nameless]);
    expect(board.rows.map((r) => r.name)).toEqual(['Falcon', 'Owl', null]);
    const falcon = board.rows[0]!;
    expect(falcon.encounters).toBe(2);
    expect(falcon.badges).toContain('encounter.first');
    const owl = board.rows[1]!;
    expect(owl.points).toBe(125);
    expect(owl.badges).toEqual(['encounter.first', 'assessment.perfect']);
  });

  it('names the student who improved most on an encounter played again', () => {
    const board = classBoard([missed, caught, other]);
    expect(board.mostImproved?.name).toBe('Falcon');
    expect(board.mostImproved?.improvement).toBeGreaterThan(0);
    expect(classBoard([other]).mostImproved).toBeNull();
  });

  it('leaves out files that re-scoring rejected', () => {
    expect(
      classBoard([
        { kind: 'rejected', submission: { fileName: 'x', student: 'x', exportedAt: '', appVersion: '', encounters: [] }, message: 'no' },
      ]).rows,
    ).toEqual([]);
  });
});
