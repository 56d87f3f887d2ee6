import { describe, expect, it } from 'vitest';
import { arrivals, encounterFinished, replay, start, waitingAfter } from '../../../../src/core/shift';
import { pathOf, rushShift } from './shiftFixtures';

const names = (patients: readonly { path: string }[]) => patients.map((p) => p.path.replace(/^.*\/(\w+)\.json$/, '$1'));

describe('who has walked in', () => {
  const first = start(rushShift(), pathOf);

  it('at the start, only the first patient is there and nobody waits', () => {
    expect(arrivals(first, 0)).toEqual({ arrived: 1, waiting: [] });
  });

  it('a patient appears when the clock reaches their arrival time, not before', () => {
    expect(names(arrivals(first, 179).waiting)).toEqual([]);
    expect(names(arrivals(first, 180).waiting)).toEqual(['ben']);
    expect(names(arrivals(first, 8 * 60).waiting)).toEqual(['ben', 'cal']);
  });

  it('queues in arrival order, whatever the order in the file', () => {
    expect(names(arrivals(first, 20 * 60).waiting)).toEqual(['ben', 'cal', 'dee']);
  });

  it('leaves out whoever is already at the counter or done', () => {
    const later = replay(rushShift(), pathOf, [encounterFinished('ana', [], 500)]);
    expect(arrivals(later, 500)).toMatchObject({ arrived: 3 });
    expect(names(arrivals(later, 500).waiting)).toEqual(['cal']);
  });

  it('gives the same queue from the count of arrivals as from the clock', () => {
    for (const clock of [0, 200, 430, 900]) {
      const seen = arrivals(first, clock);
      expect(waitingAfter(first, seen.arrived)).toEqual(seen.waiting);
    }
  });

  it('has nobody waiting once the shift is over', () => {
    const done = replay(
      rushShift(),
      pathOf,
      [0, 1, 2, 3].map((i) => encounterFinished(`e${i}`, [], 900 + i)),
    );
    expect(arrivals(done, 5000).waiting).toEqual([]);
  });
});
