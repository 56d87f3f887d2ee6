import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, describeCheck, overBudget, type BudgetInputs, type Budgets } from '../../../bench/budgets';
import { na, type StationFigures } from '../../../bench/types';

const LIMITS: Budgets = {
  firstLoadGzipBytes: 600_000,
  drawCallsPerStation: 80,
  idleFramesIn5s: 2,
  geometryGrowthAfter50: 0,
  textureGrowthAfter50: 0,
  heapGrowthPercent: 10,
};

const view = (drawCalls: number): StationFigures => ({ drawCalls, triangles: 1000, geometries: 10, textures: 2, programs: 3 });

const good: BudgetInputs = {
  firstLoadGzipBytes: 400_000,
  stations: { dropoff: view(20), shelves: view(80) },
  idleFramesIn5s: 0,
  geometryGrowth: 0,
  textureGrowth: 0,
  heapGrowthPercent: 3.2,
};

describe('bench budgets', () => {
  it('is never looser than the starting budgets (600 kB, 80 draw calls, 2 idle frames, no growth, 10 % heap)', () => {
    expect(BUDGETS.firstLoadGzipBytes).toBeLessThanOrEqual(LIMITS.firstLoadGzipBytes);
    expect(BUDGETS.drawCallsPerStation).toBeLessThanOrEqual(LIMITS.drawCallsPerStation);
    expect(BUDGETS.idleFramesIn5s).toBeLessThanOrEqual(LIMITS.idleFramesIn5s);
    expect(BUDGETS.geometryGrowthAfter50).toBe(0);
    expect(BUDGETS.textureGrowthAfter50).toBe(0);
    expect(BUDGETS.heapGrowthPercent).toBeLessThanOrEqual(LIMITS.heapGrowthPercent);
  });

  it('passes figures at or under their limits', () => {
    const checks = checkBudgets(good, LIMITS);
    expect(checks.map((c) => c.verdict)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(overBudget(checks)).toEqual([]);
  });

  it('names every figure over its limit, one check per station', () => {
    const checks = checkBudgets(
      {
        ...good,
        firstLoadGzipBytes: 600_001,
        stations: { dropoff: view(20), shelves: view(81) },
        idleFramesIn5s: 3,
        textureGrowth: 1,
        heapGrowthPercent: 10.5,
      },
      LIMITS,
    );
    expect(overBudget(checks).map((c) => c.figure)).toEqual([
      'first-load transfer (gzip)',
      'draw calls at shelves',
      'idle frames in 5 s',
      'texture growth after 50 encounters',
      'JS heap growth from encounter 10 to the last',
    ]);
  });

  it('treats growth as over when geometries leak by even one', () => {
    const [geometry] = overBudget(checkBudgets({ ...good, geometryGrowth: 1 }, LIMITS));
    expect(geometry?.figure).toBe('geometry growth after 50 encounters');
  });

  it('never counts an n/a figure as ok: it is "unchecked", with its reason, and not over', () => {
    const checks = checkBudgets(
      { ...good, heapGrowthPercent: na('skipped (--quick)'), stations: { dropoff: view(5), entry: na('camera never arrived') } },
      LIMITS,
    );
    const unchecked = checks.filter((c) => c.verdict === 'unchecked');
    expect(unchecked.map((c) => c.figure)).toEqual(['draw calls at entry', 'JS heap growth from encounter 10 to the last']);
    expect(overBudget(checks)).toEqual([]);
    expect(describeCheck(unchecked[1]!)).toBe('n/a   JS heap growth from encounter 10 to the last: not checked (skipped (--quick))');
  });

  it('checks all station views as one n/a figure when the station pass could not run', () => {
    const checks = checkBudgets({ ...good, stations: na('no .scene-host') }, LIMITS);
    expect(checks.find((c) => c.figure === 'draw calls per station view')?.verdict).toBe('unchecked');
  });

  it('describes checks on one line with value and limit', () => {
    const [load] = checkBudgets({ ...good, firstLoadGzipBytes: 700_000 }, LIMITS);
    expect(describeCheck(load!)).toBe('OVER  first-load transfer (gzip): 700000 B > 600000 B');
    const idle = checkBudgets(good, LIMITS).find((c) => c.figure === 'idle frames in 5 s')!;
    expect(describeCheck(idle)).toBe('ok    idle frames in 5 s: 0 frames ≤ 2 frames');
  });

  it('treats a non-finite value as unchecked rather than ok', () => {
    const [load] = checkBudgets({ ...good, firstLoadGzipBytes: Number.NaN }, LIMITS);
    expect(load?.verdict).toBe('unchecked');
  });
});
