import { describe, expect, it, vi } from 'vitest';
import { replay, solve, type ResolvedEncounter } from '../../../../src/core';
import { connectResultsSinks } from '../../../../src/platform/results/connectResultsSinks';
import type { EncounterResult, ShiftResult } from '../../../../src/platform/results/resultsSink';
import { scoredSteps } from '../../../../src/platform/results/scoredSteps';
import { loadShippedEncounter, shippedSource } from '../../../../src/platform/scenarioLibrary';
import type { ActionInput } from '../../../../src/state/store';
import { makeStore } from '../../state/harness';

const PATH = 'scenarios/encounters/fill-lisinopril-refill-day.json';
const SHIFT = 'scenarios/shifts/calm-morning.json';
const TIMED_SHIFT = 'scenarios/shifts/busy-afternoon.json';

function scenarioAt(path: string): ResolvedEncounter {
  const loaded = loadShippedEncounter(path);
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.value;
}
const moves = (scenario: ResolvedEncounter) => solve(scenario).map(({ at: _at, ...m }) => m as ActionInput);

function recording() {
  const encounters: EncounterResult[] = [];
  const shifts: ShiftResult[] = [];
  return {
    encounters,
    shifts,
    sink: { encounterEnded: (r: EncounterResult) => void encounters.push(r), shiftEnded: (r: ShiftResult) => void shifts.push(r) },
  };
}

describe('results sinks', () => {
  it('hear about an encounter once, when it ends, with the report the core gives its log', () => {
    const scenario = scenarioAt(PATH);
    const { store, clock } = makeStore();
    const heard = recording();
    connectResultsSinks(store, [heard.sink]);
    store.getState().startEncounter(scenario, 'assessment');
    const all = moves(scenario);
    for (const [i, move] of all.entries()) {
      clock.advance(3);
      store.getState().dispatch(move);
      expect(heard.encounters, `after move ${i + 1}`).toHaveLength(i === all.length - 1 ? 1 : 0);
    }
    store.getState().dispatch({ type: 'endEncounter' });
    expect(heard.encounters).toHaveLength(1);
    const [result] = heard.encounters;
    expect(result!.scenario.id).toBe(scenario.id);
    expect(result!.mode).toBe('assessment');
    expect(result!.log).toHaveLength(all.length);
    expect(result!.report.score).toBe(100);
    expect(result!.report.passed).toBe(true);
    expect(heard.shifts).toEqual([]);
  });

  it('stay quiet when a finished encounter is resumed, and keep going when one sink throws', () => {
    const scenario = scenarioAt(PATH);
    const { store } = makeStore();
    const heard = recording();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    connectResultsSinks(store, [
      {
        encounterEnded: () => {
          throw new Error('LMS gone');
        },
      },
      heard.sink,
    ]);
    store
      .getState()
      .resumeFrom({ version: 2, scenarioId: scenario.id, source: scenario.source, mode: 'practice', log: solve(scenario) }, scenario);
    expect(store.getState().encounter?.complete).toBe(true);
    expect(heard.encounters).toEqual([]);

    store.getState().startEncounter(scenario, 'practice');
    store.getState().dispatch({ type: 'endEncounter' });
    expect(heard.encounters).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith('TechShift: a results sink failed', expect.any(Error));
    warn.mockRestore();
  });

  it('hear where each patient sits in the shift, and that the shift ended when its last patient is done', () => {
    const { store } = makeStore();
    const heard = recording();
    connectResultsSinks(store, [heard.sink]);
    expect(store.getState().startShift(SHIFT, 'assessment', shippedSource)).toEqual({ ok: true });
    const count = store.getState().shiftState!.patients.length;
    const id = store.getState().shiftScenario!.id;
    for (let i = 0; i < count; i++) {
      store.getState().dispatch({ type: 'endEncounter' });
      expect(heard.shifts, 'the shift is not over while the report is up').toEqual([]);
      store.getState().finishEncounter();
    }
    expect(heard.encounters.map((r) => r.shift)).toEqual(
      Array.from({ length: count }, (_, index) => ({ shiftId: id, path: SHIFT, index, count })),
    );
    expect(heard.shifts).toEqual([{ shiftId: id, path: SHIFT, count, seen: count }]);
  });

  it('hear that a shift ended early when its time ran out', () => {
    const { store, clock } = makeStore();
    const heard = recording();
    connectResultsSinks(store, [heard.sink]);
    // The after-work rush allows 60 minutes.
    store.getState().startShift(TIMED_SHIFT, 'assessment', shippedSource);
    const count = store.getState().shiftState!.patients.length;
    clock.advance(3600);
    store.getState().checkClock();
    store.getState().dispatch({ type: 'endEncounter' });
    store.getState().finishEncounter();
    expect(heard.encounters).toHaveLength(1);
    expect(heard.shifts).toEqual([{ shiftId: store.getState().shiftScenario!.id, path: TIMED_SHIFT, count, seen: 1 }]);
    expect(count).toBeGreaterThan(1);
  });
});

describe('scored steps', () => {
  it('list each checkpoint once, with its result code and the time spent on its action, and missed ones without a time', () => {
    const scenario = scenarioAt(PATH);
    const log = solve(scenario).filter((a) => a.type !== 'offerCounseling');
    const state = replay(scenario, log);
    const steps = scoredSteps({
      scenario,
      mode: 'practice',
      log,
      report: { score: 0, passed: false, passThreshold: 0, skills: {} as never, aced: [], improve: [], critical: [] },
      results: state.results,
      findings: state.findings,
    });
    const ids = steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const counseling = steps.find((s) => s.id === 'pickup.counseling')!;
    expect(counseling).toMatchObject({ kind: 'checkpoint', success: false, code: 'counseling.missed', latencySeconds: null });
    const identity = steps.find((s) => s.id === 'identity.dropoff')!;
    expect(identity).toMatchObject({ success: true, code: 'identity.dropoff', latencySeconds: 5 });
    expect(steps.filter((s) => s.success)).toHaveLength(steps.length - 1);
  });
});
