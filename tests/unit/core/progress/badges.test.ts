import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD, FINDING_CODES, progressFrom, recordProgress, type EncounterOutcome } from '../../../../src/core';
import { CLEAN_FILL, drill, encounter, mark } from './outcomes';

const inShift = (index: number, count: number, over: Partial<EncounterOutcome> = {}) =>
  encounter({ shift: { id: 'busy-afternoon', index, count }, ...over });

describe('badges', () => {
  it('first patient: earned by the first encounter, once', () => {
    const first = recordProgress(EMPTY_RECORD, encounter());
    expect(first.gained.badges).toContain('encounter.first');
    expect(recordProgress(first.record, encounter()).gained.badges).not.toContain('encounter.first');
  });

  it('flawless assessment: 100 in assessment mode, not in practice', () => {
    expect(recordProgress(EMPTY_RECORD, encounter({ score: 100 })).gained.badges).not.toContain('assessment.perfect');
    expect(recordProgress(EMPTY_RECORD, encounter({ score: 99, mode: 'assessment' })).gained.badges).not.toContain('assessment.perfect');
    expect(recordProgress(EMPTY_RECORD, encounter({ score: 100, mode: 'assessment' })).gained.badges).toContain('assessment.perfect');
  });

  it('ten clean fills: ten in a row, and a fill mistake starts the count again', () => {
    const nine = progressFrom(Array.from({ length: 9 }, () => encounter()));
    expect(nine.cleanFillRun).toBe(9);
    expect(recordProgress(nine, encounter()).gained.badges).toContain('fills.cleanTen');
    const slip = recordProgress(nine, encounter({ results: [...CLEAN_FILL, mark('count.wrong', 'mistake', 'count')] }));
    expect(slip.record.cleanFillRun).toBe(0);
    expect(slip.gained.badges).not.toContain('fills.cleanTen');
    // An encounter with no fill at all (a refused prescription) is not a clean fill.
    expect(
      recordProgress(nine, encounter({ results: [mark('catch.RX_EXPIRED', 'good', 'intake', 'RX_EXPIRED')] })).record.cleanFillRun,
    ).toBe(0);
  });

  it('safe shift: every patient of a shift with no critical error, decided at the last patient', () => {
    const two = recordProgress(recordProgress(EMPTY_RECORD, inShift(0, 3)).record, inShift(1, 3));
    expect(two.gained.badges).not.toContain('shift.noCritical');
    expect(recordProgress(two.record, inShift(2, 3)).gained.badges).toContain('shift.noCritical');
    const critical = [mark('miss.ALLERGY', 'critical', 'verify', 'ALLERGY')];
    const spoiled = progressFrom([inShift(0, 3), inShift(1, 3, { results: critical }), inShift(2, 3)]);
    expect(spoiled.badges['shift.noCritical']).toBeUndefined();
  });

  it('safe shift: a shift ended by time up is decided when it ends', () => {
    const partial = progressFrom([inShift(0, 3)]);
    const ended = recordProgress(partial, { kind: 'shiftEnded', shiftId: 'busy-afternoon', at: '2026-12-01T11:00:00-05:00' });
    expect(ended.gained.badges).toContain('shift.noCritical');
    expect(ended.record.openShift).toBeNull();
  });

  it('DEA detective: every DEA problem in a shift caught; a shift without one, or with one missed, does not earn it', () => {
    const caught = [mark('catch.DEA_INVALID', 'good', 'intake', 'DEA_INVALID')];
    const missed = [mark('miss.DEA_NAME_MISMATCH', 'critical', 'verify', 'DEA_NAME_MISMATCH')];
    expect(progressFrom([inShift(0, 2, { results: caught }), inShift(1, 2)]).badges['shift.allDeaCaught']).toBe('2026-12-01');
    expect(progressFrom([inShift(0, 2), inShift(1, 2)]).badges['shift.allDeaCaught']).toBeUndefined();
    expect(
      progressFrom([inShift(0, 2, { results: caught }), inShift(1, 2, { results: missed })]).badges['shift.allDeaCaught'],
    ).toBeUndefined();
  });

  it('seen it all: every finding code caught at least once, across encounters', () => {
    const catches = FINDING_CODES.map((code) => encounter({ results: [mark(`catch.${code}`, 'good', 'intake', code)] }));
    const allButOne = progressFrom(catches.slice(0, -1));
    expect(allButOne.badges['findings.allCaught']).toBeUndefined();
    expect(recordProgress(allButOne, catches.at(-1)!).gained.badges).toContain('findings.allCaught');
  });

  it('perfect drill: every answer right, once; a drill counts toward points and the streak', () => {
    expect(recordProgress(EMPTY_RECORD, drill(9)).gained.badges).not.toContain('drill.perfect');
    const perfect = recordProgress(EMPTY_RECORD, drill(10));
    expect(perfect.gained).toMatchObject({ points: 70, badges: ['drill.perfect'] });
    expect(perfect.record.pointsByDay).toEqual({ '2026-12-01': 70 });
    expect(recordProgress(perfect.record, drill(10)).gained.badges).toEqual([]);
  });
});
