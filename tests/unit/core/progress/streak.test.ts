import { describe, expect, it } from 'vitest';
import { dayOf, EMPTY_RECORD, progressFrom, progressView, streakOn } from '../../../../src/core';
import { encounter } from './outcomes';

describe('practice days and the streak', () => {
  it('take the day the stamp was written on, in the student own time zone', () => {
    expect(dayOf('2026-12-03T23:30:00-05:00')).toBe('2026-12-03');
    expect(dayOf('2026-12-04T08:00:00+09:00')).toBe('2026-12-04');
    expect(dayOf('2026-12-04T04:30:00Z')).toBe('2026-12-04');
    expect(dayOf('yesterday')).toBeNull();
  });

  it('count consecutive days, across a month and a year end', () => {
    expect(streakOn(['2026-12-30', '2026-12-31', '2027-01-01'], '2027-01-01')).toBe(3);
    expect(streakOn(['2026-02-28', '2026-03-01'], '2026-03-01')).toBe(2);
    expect(streakOn(['2028-02-28', '2028-03-01'], '2028-03-01')).toBe(1);
  });

  it('still counts before today’s practice, and is gone after a missed day', () => {
    const days = ['2026-12-01', '2026-12-02'];
    expect(streakOn(days, '2026-12-03')).toBe(2);
    expect(streakOn(days, '2026-12-04')).toBe(0);
  });

  it('counts two plays an hour apart across the student’s midnight as two days', () => {
    const record = progressFrom([encounter({ at: '2026-12-03T23:30:00-05:00' }), encounter({ at: '2026-12-04T00:30:00-05:00' })]);
    expect(progressView(record, '2026-12-04').streak).toBe(2);
  });

  it('counts plays stamped in different zones on the same local day once', () => {
    const record = progressFrom([encounter({ at: '2026-12-03T08:00:00+09:00' }), encounter({ at: '2026-12-03T20:00:00-08:00' })]);
    expect(Object.keys(record.pointsByDay)).toEqual(['2026-12-03']);
    expect(progressView(record, '2026-12-03').streak).toBe(1);
  });

  it('earns the three-day badge on the third day in a row, not before', () => {
    const two = progressFrom([encounter({ at: '2026-12-01T09:00:00Z' }), encounter({ at: '2026-12-02T09:00:00Z' })]);
    expect(two.badges['streak.threeDays']).toBeUndefined();
    const three = progressFrom([encounter({ at: '2026-12-03T09:00:00Z' })], two);
    expect(three.badges['streak.threeDays']).toBe('2026-12-03');
    const gap = progressFrom(
      [encounter({ at: '2026-12-04T09:00:00Z' })],
      progressFrom([encounter({ at: '2026-12-01T09:00:00Z' }), encounter({ at: '2026-12-02T09:00:00Z' })], EMPTY_RECORD),
    );
    expect(gap.badges['streak.threeDays']).toBeUndefined();
  });
});
