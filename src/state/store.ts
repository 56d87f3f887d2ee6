import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Clock, WallClock } from '../platform/clock';
import type { KeyValueBackend } from '../platform/keyValueBackend';
import type { ProgressStore } from '../platform/storage';
import { createFeedbackSlice } from './feedbackSlice';
import { createSessionSlice } from './sessionSlice';
import { createSettingsSlice } from './settingsSlice';
import { createShiftSlice } from './shiftSlice';
import type { AppState } from './types';
import { createUiSlice } from './uiSlice';
import type { Result } from '../core';

export type { ActionInput, AppState, Mode } from './types';

/** The one TechShift store (a vanilla zustand store; React reads it through StoreContext). */
export type AppStore = StoreApi<AppState>;

/** What the store needs from the outside world; all of it is swappable in tests. */
export interface StoreDeps {
  /** Where the action log is saved after every dispatch. */
  progress: ProgressStore;
  /** Where settings are kept, under `settingsKey`. */
  settingsBackend: KeyValueBackend;
  settingsKey?: string;
  /** Millisecond clock (performance.now in the browser). */
  now: Clock;
  /** Wall clock (Date.now in the browser), stamped on each save as when it was last played; none in most tests. */
  wallClock?: WallClock;
  /** The system's reduced-motion preference, used as the default setting. */
  prefersReducedMotion?: boolean;
}

/** Builds the store from its five slices. */
export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createSessionSlice(deps.progress, deps.now, deps.wallClock)(...a),
    ...createUiSlice(...a),
    ...createSettingsSlice(deps.settingsBackend, deps.settingsKey ?? 'techshift:settings', deps.prefersReducedMotion ?? false)(...a),
    ...createFeedbackSlice(...a),
    ...createShiftSlice(deps.progress, deps.wallClock)(...a),
  }));
}

/**
 * Calls `listener` with the results of every dispatch, once each (the audio layer plays cues
 * from these). Returns the unsubscribe function.
 */
export function onResults(store: AppStore, listener: (results: readonly Result[], state: AppState) => void): () => void {
  return store.subscribe((state, previous) => {
    if (state.lastResults.seq !== previous.lastResults.seq && state.lastResults.results.length > 0) {
      listener(state.lastResults.results, state);
    }
  });
}
