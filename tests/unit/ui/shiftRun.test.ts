import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/engine/solve';
import { advance, beginShift, placeOf, resumeShift, shiftOver, shippedSource, summarise } from '../../../src/ui/shift/shiftRun';

const SHIFT = 'scenarios/shifts/calm-morning.json';

function begun() {
  const r = beginShift(SHIFT, shippedSource);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

describe('a shift run', () => {
  it('resolves each encounter file against the shift file\'s folder, in order', () => {
    const run = begun();
    expect(run.encounterPaths).toHaveLength(5);
    for (const path of run.encounterPaths) {
      expect(path).toMatch(/^\/scenarios\/encounters\/[a-z0-9-]+\.json$/);
      expect(shippedSource.encounter(path).ok, path).toBe(true);
    }
  });

  it('moves through its patients, keeps each finished log, and knows when it is over', () => {
    let run = begun();
    for (const path of run.encounterPaths) {
      const loaded = shippedSource.encounter(path);
      if (!loaded.ok) throw new Error(path);
      run = advance(run, { source: loaded.value.source, log: solve(loaded.value) });
    }
    expect(shiftOver(run)).toBe(true);
    expect(run.completed).toHaveLength(5);
    expect(run.elapsedSeconds).toBeGreaterThan(0);
    const rows = summarise(run, shippedSource);
    expect(rows.map((r) => r.report?.score)).toEqual([100, 100, 100, 100, 100]);
    expect(rows.every((r) => r.report?.passed)).toBe(true);
  });

  it('survives a reload: the saved place rebuilds the same run, finished logs included', () => {
    const first = begun();
    const path = first.encounterPaths[0] ?? '';
    const loaded = shippedSource.encounter(path);
    if (!loaded.ok) throw new Error(path);
    const run = advance(first, { source: loaded.value.source, log: solve(loaded.value) });
    const again = resumeShift(JSON.parse(JSON.stringify(placeOf(run))), shippedSource);
    expect(again?.index).toBe(1);
    expect(again?.completed).toEqual(run.completed);
    expect(summarise(again!, shippedSource)[0]?.report?.score).toBe(100);
  });

  it('gives up cleanly on a saved shift that no longer exists', () => {
    expect(resumeShift({ shiftId: 'gone', encounterIndex: 0, path: 'scenarios/shifts/gone.json' }, shippedSource)).toBeNull();
  });
});
