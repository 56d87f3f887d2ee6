import type { ActionInput, AppStore } from '../../state';
import { solve } from '../../core';

interface ExpertHook {
  /** Plays the current encounter's expert path through the store, then starts it again. */
  playEncounter(): Promise<void>;
}

declare global {
  interface Window {
    __techshiftExpert?: ExpertHook;
  }
}

/**
 * With ?debug only: lets the benchmark drive long play through the same dispatch a student's clicks
 * use, so memory and renderer growth are measured on the real path.
 */
export function installExpertHook(store: AppStore): void {
  window.__techshiftExpert = {
    async playEncounter() {
      const { scenario } = store.getState();
      if (!scenario) throw new Error('no encounter is being played');
      for (const { at: _at, ...action } of solve(scenario)) {
        store.getState().dispatch(action as ActionInput);
        // Let React and the scene catch up between actions, as they would between clicks.
        await new Promise((r) => requestAnimationFrame(r));
      }
      store.getState().restartEncounter();
      await new Promise((r) => requestAnimationFrame(r));
    },
  };
}
