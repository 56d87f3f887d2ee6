import { describe, expect, it } from 'vitest';
import { selectReport } from '../../../src/state/selectors';
import { resolveFixture } from '../ui/fixtures';
import { FILL_ACTIONS } from './flow';
import { makeStore } from './harness';

const scenario = resolveFixture();

describe('resuming after a reload', () => {
  it('resumes a saved encounter to the same state and the same score', () => {
    const first = makeStore();
    first.store.getState().startEncounter(scenario, 'practice');
    FILL_ACTIONS.slice(0, 6).forEach((a) => first.store.getState().dispatch(a));

    // A reload: a new store over the same storage.
    const second = makeStore(first.backend);
    const saved = second.store.getState().loadSavedProgress();
    if (saved.kind !== 'ok') throw new Error(`expected a save, got ${saved.kind}`);
    expect(second.store.getState().resumeFrom(saved.progress, scenario)).toEqual({ ok: true });
    const a = first.store.getState().encounter;
    const b = second.store.getState().encounter;
    expect(b?.rx).toEqual(a?.rx);
    expect(b?.results).toEqual(a?.results);

    FILL_ACTIONS.slice(6).forEach((act) => {
      first.store.getState().dispatch(act);
      second.store.getState().dispatch(act);
    });
    const r1 = selectReport(first.store.getState());
    const r2 = selectReport(second.store.getState());
    expect(r1).not.toBeNull();
    expect(r2?.score).toBe(r1?.score);
  });

  it('carries the scenario clock on from the last saved action', () => {
    const first = makeStore();
    first.store.getState().startEncounter(scenario, 'practice');
    first.clock.advance(40);
    first.store.getState().dispatch(FILL_ACTIONS[0]!);
    const second = makeStore(first.backend);
    const saved = second.store.getState().loadSavedProgress();
    if (saved.kind !== 'ok') throw new Error('expected a save');
    second.store.getState().resumeFrom(saved.progress, scenario);
    second.clock.advance(2);
    second.store.getState().dispatch(FILL_ACTIONS[1]!);
    expect(second.store.getState().log.at(-1)?.at).toBe(42);
  });

  it('refuses a save made for another scenario', () => {
    const { store } = makeStore();
    const result = store
      .getState()
      .resumeFrom({ version: 2, scenarioId: 'someone-else', source: 'x', mode: 'practice', log: [] }, scenario);
    expect(result.ok).toBe(false);
    expect(store.getState().encounter).toBeNull();
  });

  it('keeps assessment feedback held across a reload, and releases all of it at the end', () => {
    const first = makeStore();
    first.store.getState().startEncounter(scenario, 'assessment');
    FILL_ACTIONS.slice(0, 4).forEach((a) => first.store.getState().dispatch(a));
    const heldBefore = first.store.getState().heldFeedback.length;

    const second = makeStore(first.backend);
    const saved = second.store.getState().loadSavedProgress();
    if (saved.kind !== 'ok') throw new Error('expected a save');
    second.store.getState().resumeFrom(saved.progress, scenario);
    expect(second.store.getState().mode).toBe('assessment');
    expect(second.store.getState().heldFeedback).toHaveLength(heldBefore);
    expect(second.store.getState().feedback).toEqual([]);

    FILL_ACTIONS.slice(4).forEach((a) => second.store.getState().dispatch(a));
    expect(second.store.getState().feedback).toHaveLength(Math.min(30, second.store.getState().encounter?.results.length ?? 0));
  });
});
