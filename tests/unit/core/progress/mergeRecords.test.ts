import { describe, expect, it } from 'vitest';
import { improvement, KEEP_DAYS, mergeRecords, progressFrom, totalPoints } from '../../../../src/core';
import { encounter } from './outcomes';

describe('merging two records of one student', () => {
  const home = progressFrom([encounter({ scenarioId: 'a', score: 80, at: '2026-11-30T10:00:00Z' })]);
  const lab = progressFrom([encounter({ scenarioId: 'a', score: 95, mode: 'assessment', at: '2026-12-01T10:00:00Z' })]);

  it('keeps both machines’ days, the higher best and every badge', () => {
    const merged = mergeRecords(home, lab);
    expect(Object.keys(merged.pointsByDay).sort()).toEqual(['2026-11-30', '2026-12-01']);
    expect(merged.encounterBests).toEqual({ a: 95 });
    expect(totalPoints(merged)).toBe(totalPoints(home) + totalPoints(lab));
    expect(merged.badges['encounter.first']).toBe('2026-11-30');
  });

  it('never counts the same file twice', () => {
    const once = mergeRecords(home, lab);
    expect(mergeRecords(once, lab)).toEqual(once);
  });

  it('keeps the record small: old days are summed, not kept one by one', () => {
    const days = Array.from({ length: KEEP_DAYS + 5 }, (_, i) => encounter({ at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }));
    const record = progressFrom(days);
    expect(Object.keys(record.pointsByDay)).toHaveLength(KEEP_DAYS);
    expect(totalPoints(record)).toBe(days.length * 115);
  });
});

describe('improvement', () => {
  it('is the average gain from first to latest score over encounters played more than once', () => {
    expect(improvement([encounter({ scenarioId: 'a', score: 50 }), encounter({ scenarioId: 'a', score: 80 })])).toBe(30);
    expect(
      improvement([
        encounter({ scenarioId: 'a', score: 50 }),
        encounter({ scenarioId: 'b', score: 90 }),
        encounter({ scenarioId: 'a', score: 70 }),
        encounter({ scenarioId: 'b', score: 80 }),
      ]),
    ).toBe(5);
    expect(improvement([encounter({ scenarioId: 'a', score: 50 })])).toBeNull();
  });
});
