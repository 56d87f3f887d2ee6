import { describe, expect, it } from 'vitest';
import { drillPoints, encounterPoints } from '../../../../src/core';
import { encounter, mark } from './outcomes';

describe('points', () => {
  it('are the score plus a bonus for a clean pass', () => {
    expect(encounterPoints(encounter({ score: 90 }))).toBe(115);
  });

  it('add ten per finding caught in time, and none for one caught wrongly', () => {
    const results = [mark('catch.DEA_INVALID', 'good', 'intake', 'DEA_INVALID'), mark('catch.ALLERGY', 'good', 'entry', 'ALLERGY')];
    expect(encounterPoints(encounter({ score: 100, results }))).toBe(100 + 20 + 25);
    const late = [mark('catch.ALLERGY', 'mistake', 'entry', 'ALLERGY')];
    expect(encounterPoints(encounter({ score: 100, results: late }))).toBe(125);
  });

  it('give no clean-pass bonus for a fail or a critical error', () => {
    expect(encounterPoints(encounter({ score: 60, passed: false }))).toBe(60);
    const critical = [mark('miss.DEA_INVALID', 'critical', 'verify', 'DEA_INVALID')];
    expect(encounterPoints(encounter({ score: 80, passed: true, results: critical }))).toBe(80);
  });

  it('come from the judged score, never from the time taken', () => {
    const early = encounter({ at: '2026-12-01T10:00:00Z' });
    const late = encounter({ at: '2026-12-01T23:59:00Z' });
    expect(encounterPoints(early)).toBe(encounterPoints(late));
    expect(encounterPoints(encounter({ score: 0, passed: false, results: [] }))).toBe(0);
  });

  it('for a drill are five per right answer and twenty more for a perfect set', () => {
    expect(drillPoints({ kind: 'drill', seed: 'a', total: 10, correct: 7, at: '2026-12-01T10:00:00Z' })).toBe(35);
    expect(drillPoints({ kind: 'drill', seed: 'a', total: 10, correct: 10, at: '2026-12-01T10:00:00Z' })).toBe(70);
    expect(drillPoints({ kind: 'drill', seed: 'a', total: 0, correct: 0, at: '2026-12-01T10:00:00Z' })).toBe(0);
  });
});
