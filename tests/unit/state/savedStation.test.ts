import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../../src/platform/keyValueBackend';
import { createProgressStore } from '../../../src/platform/storage';
import { createAppStore } from '../../../src/state/store';
import { resolveFixture } from '../ui/fixtures';
import { FILL_ACTIONS } from './flow';
import { fakeClock, makeStore } from './harness';

const scenario = resolveFixture();

describe('the save remembers where the student stood and when', () => {
  it('walking to a station saves it, and a reload resumes there instead of at drop-off', () => {
    const first = makeStore();
    first.store.getState().startEncounter(scenario, 'practice');
    FILL_ACTIONS.slice(0, 3).forEach((a) => first.store.getState().dispatch(a));
    first.store.getState().goToStation('shelves');

    const second = makeStore(first.backend);
    const saved = second.store.getState().loadSavedProgress();
    if (saved.kind !== 'ok') throw new Error(`expected a save, got ${saved.kind}`);
    expect(saved.progress.station).toBe('shelves');
    second.store.getState().resumeFrom(saved.progress, scenario);
    expect(second.store.getState().station).toBe('shelves');
  });

  it('stamps each save with the wall clock, as an ISO time', () => {
    const backend = memoryBackend();
    let wall = Date.UTC(2026, 2, 14, 9, 30);
    const store = createAppStore({
      progress: createProgressStore(backend, 't'),
      settingsBackend: backend,
      settingsKey: 't:settings',
      now: fakeClock(),
      wallClock: () => wall,
    });
    store.getState().startEncounter(scenario, 'practice');
    wall += 90_000;
    store.getState().dispatch(FILL_ACTIONS[0]!);
    expect(JSON.parse(backend.getItem('t:progress') ?? '{}').savedAt).toBe('2026-03-14T09:31:30.000Z');
  });

  it('a save without a time or a station (an older version) still loads, at drop-off; an unknown station is dropped, not fatal', () => {
    const { store, backend } = makeStore();
    store.getState().startEncounter(scenario, 'practice');
    store.getState().dispatch(FILL_ACTIONS[0]!);
    const { savedAt: _t, station: _s, ...old } = JSON.parse(backend.getItem('test:progress') ?? '{}');
    for (const planted of [old, { ...old, station: 'stockroom' }]) {
      const again = makeStore(memoryBackend({ 'test:progress': JSON.stringify(planted) }));
      const saved = again.store.getState().loadSavedProgress();
      if (saved.kind !== 'ok') throw new Error(`expected a save, got ${saved.kind}`);
      expect(saved.progress.savedAt).toBeUndefined();
      again.store.getState().resumeFrom(saved.progress, scenario);
      expect(again.store.getState().station).toBe('dropoff');
      expect(again.store.getState().log).toHaveLength(1);
    }
  });
});
