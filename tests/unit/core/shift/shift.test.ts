import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../src/core/engine/actions';
import {
  apply,
  atCounter,
  encounterFinished,
  replay,
  shiftActionSchema,
  start,
  timeUp,
  type ShiftAction,
} from '../../../../src/core/shift';
import { pathOf, rushShift } from './shiftFixtures';

const LOG: Action[] = [
  { type: 'confirmIdentity', stage: 'dropoff', at: 20 },
  { type: 'endEncounter', at: 95 },
];

describe('a shift replayed from its log', () => {
  it('starts with the first to arrive at the counter and puts every patient in arrival order', () => {
    const state = start(rushShift(), pathOf);
    expect(state.patients.map((p) => [p.path, p.arrivesAt])).toEqual([
      ['scenarios/encounters/ana.json', 0],
      ['scenarios/encounters/ben.json', 180],
      ['scenarios/encounters/cal.json', 420],
      ['scenarios/encounters/dee.json', 720],
    ]);
    expect(state.patients.map((p) => p.turn)).toEqual([0, 1, 2, 3]);
    expect(atCounter(state)?.path).toBe('scenarios/encounters/ana.json');
    expect(state.calledAt).toBe(0);
    expect(state.over).toBe(false);
  });

  it('keeps each finished encounter with its source and whole log, and calls the next patient', () => {
    const state = apply(start(rushShift(), pathOf), encounterFinished('scenarios/encounters/ana.json', LOG, 400));
    expect(state.finished).toEqual([{ source: 'scenarios/encounters/ana.json', log: LOG, at: 400 }]);
    expect(atCounter(state)?.path).toBe('scenarios/encounters/ben.json');
    // Ben walked in at 180 s and has been waiting: he is called at once.
    expect(state.calledAt).toBe(400);
  });

  it('makes a student who is ahead wait: the next patient is called when they walk in', () => {
    const state = apply(start(rushShift(), pathOf), encounterFinished('scenarios/encounters/ana.json', LOG, 95));
    expect(state.calledAt).toBe(180);
  });

  it('is over once the last patient is done', () => {
    const log = [0, 1, 2, 3].map((i) => encounterFinished(`e${i}`, LOG, 1000 + i * 100));
    const state = replay(rushShift(), pathOf, log);
    expect(state.over).toBe(true);
    expect(atCounter(state)).toBeNull();
    expect(state.finished).toHaveLength(4);
  });

  it('after time is up, ends with the patient at the counter', () => {
    const state = replay(rushShift(), pathOf, [encounterFinished('a', LOG, 600), timeUp(1800), encounterFinished('b', LOG, 1850)]);
    expect(state.timeUpAt).toBe(1800);
    expect(state.over).toBe(true);
    expect(state.finished.map((f) => f.source)).toEqual(['a', 'b']);
  });

  it('ignores what does not fit: a second time-up, and anything after the shift is over', () => {
    const once = replay(rushShift(), pathOf, [timeUp(1800)]);
    expect(apply(once, timeUp(1900))).toBe(once);
    const over = apply(once, encounterFinished('a', LOG, 1850));
    expect(apply(over, encounterFinished('b', LOG, 1900))).toBe(over);
  });

  it('gives the same state for the same log, also after the log went through JSON (as a save does)', () => {
    const log: ShiftAction[] = [encounterFinished('a', LOG, 95), encounterFinished('b', LOG, 400), timeUp(1800)];
    const again = JSON.parse(JSON.stringify(log)) as unknown[];
    const parsed = again.map((a) => shiftActionSchema.parse(a));
    expect(replay(rushShift(), pathOf, parsed)).toEqual(replay(rushShift(), pathOf, log));
  });
});

describe('the shift actions', () => {
  it('are checked by their schema', () => {
    expect(shiftActionSchema.safeParse({ type: 'timeUp', at: 12 }).success).toBe(true);
    expect(shiftActionSchema.safeParse({ type: 'timeUp', at: -1 }).success).toBe(false);
    expect(shiftActionSchema.safeParse({ type: 'encounterFinished', source: 'x', log: LOG, at: 3 }).success).toBe(true);
    expect(shiftActionSchema.safeParse({ type: 'encounterFinished', source: '', log: LOG, at: 3 }).success).toBe(false);
    expect(shiftActionSchema.safeParse({ type: 'encounterFinished', source: 'x', log: [42], at: 3 }).success).toBe(false);
    expect(shiftActionSchema.safeParse({ type: 'lunchBreak', at: 3 }).success).toBe(false);
  });
});
