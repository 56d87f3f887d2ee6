import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD, progressFrom, progressView, recordProgress, totalPoints } from '../../../../src/core';
import { encounter } from './outcomes';

describe('personal bests', () => {
  it('per encounter: the first play is a best, a higher score beats it, a lower one does not', () => {
    const first = recordProgress(EMPTY_RECORD, encounter({ score: 70 }));
    expect(first.gained.bests).toEqual([{ kind: 'encounter', id: 'fill-lisinopril-refill-day', score: 70 }]);
    const better = recordProgress(first.record, encounter({ score: 85 }));
    expect(better.gained.bests).toEqual([{ kind: 'encounter', id: 'fill-lisinopril-refill-day', score: 85, previous: 70 }]);
    const worse = recordProgress(better.record, encounter({ score: 60 }));
    expect(worse.gained.bests).toEqual([]);
    expect(worse.record.encounterBests['fill-lisinopril-refill-day']).toBe(85);
  });

  it('per shift: the average score of its patients, set when it ends', () => {
    const shift = (i: number, score: number) =>
      encounter({ scenarioId: `p${i}`, score, shift: { id: 'calm-morning', index: i, count: 2 } });
    const record = progressFrom([shift(0, 80), shift(1, 91)]);
    expect(record.shiftBests).toEqual({ 'calm-morning': 85.5 });
    expect(progressView(record, '2026-12-01').shiftBests).toEqual([['calm-morning', 85.5]]);
  });

  it('the menu view adds up points across days and lists bests highest first', () => {
    const record = progressFrom([
      encounter({ scenarioId: 'a', score: 50, passed: false, at: '2026-11-30T10:00:00Z' }),
      encounter({ scenarioId: 'b', score: 90, at: '2026-12-01T10:00:00Z' }),
    ]);
    expect(totalPoints(record)).toBe(50 + 115);
    const view = progressView(record, '2026-12-01');
    expect(view.points).toBe(165);
    expect(view.encounterBests).toEqual([
      ['b', 90],
      ['a', 50],
    ]);
    expect(view.earned.map((b) => b.code)).toEqual(['encounter.first']);
    expect(view.toEarn.find((b) => b.code === 'fills.cleanTen')?.progress).toEqual({ have: 2, need: 10 });
  });
});
