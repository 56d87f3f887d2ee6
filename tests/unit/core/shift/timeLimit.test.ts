import { describe, expect, it } from 'vitest';
import { apply, encounterFinished, isTimeUp, shiftClock, start, timeLimitSeconds, timeUp } from '../../../../src/core/shift';
import { pathOf, rushShift } from './shiftFixtures';

const ON = { enabled: true, extraMinutes: 0 };

describe('the time limit', () => {
  it("is the shift's own plus the extra minutes, or none when switched off or the shift has none", () => {
    expect(timeLimitSeconds(rushShift(), ON)).toBe(30 * 60);
    expect(timeLimitSeconds(rushShift(), { enabled: true, extraMinutes: 15 })).toBe(45 * 60);
    expect(timeLimitSeconds(rushShift(), { enabled: false, extraMinutes: 15 })).toBeNull();
    expect(timeLimitSeconds(rushShift({ timeLimitMinutes: null }), ON)).toBeNull();
  });

  it('is up once the clock reaches it, and only until time-up is logged', () => {
    const state = start(rushShift(), pathOf);
    expect(isTimeUp(state, 1800, 1799.9)).toBe(false);
    expect(isTimeUp(state, 1800, 1800)).toBe(true);
    expect(isTimeUp(state, null, 99_999)).toBe(false);
    const logged = apply(state, timeUp(1800));
    expect(isTimeUp(logged, 1800, 1900)).toBe(false);
  });

  it('is never up for a shift that is over', () => {
    const over = apply(apply(start(rushShift(), pathOf), timeUp(1800)), encounterFinished('a', [], 1850));
    expect(isTimeUp(over, 1800, 5000)).toBe(false);
  });
});

describe('the shift clock', () => {
  it('is when the patient at the counter was called plus the seconds with them', () => {
    const state = apply(start(rushShift(), pathOf), encounterFinished('a', [], 95));
    expect(shiftClock(state, 0)).toBe(180);
    expect(shiftClock(state, 42)).toBe(222);
  });

  it('never reads earlier than a logged time-up (the encounter clock restarts from its last action after a reload)', () => {
    const state = apply(start(rushShift(), pathOf), timeUp(1800));
    expect(shiftClock(state, 100)).toBe(1800);
    expect(shiftClock(state, 1900)).toBe(1900);
  });

  it('stops where the shift ended', () => {
    const over = apply(apply(start(rushShift(), pathOf), timeUp(1800)), encounterFinished('a', [], 1850));
    expect(shiftClock(over, 600)).toBe(1850);
  });
});
