import type { Action, ResolvedEncounter } from '../../core';
import { memoryBackend } from '../../platform/keyValueBackend';
import { createProgressStore } from '../../platform/storage';
import { createAppStore, type AppStore, type Mode } from '../../state';
import { stationForAction } from './stationForAction';

/** Nothing a replayed panel does can change what the student did. */
const READ_ONLY = {
  dispatch: () => [],
  openFlagDialog: () => {},
  restartEncounter: () => {},
  setTray: () => {},
};

/**
 * A store of its own, in memory, holding the encounter as it was after the first `step` actions
 * of the log (replayed by the engine), standing at the station of the last of them. It is read-only:
 * dispatching does nothing, so the station panels can be drawn from it and nothing can be changed.
 */
export function replayStoreAt(scenario: ResolvedEncounter, mode: Mode, log: readonly Action[], step: number): AppStore {
  const backend = memoryBackend();
  // The clock never moves: a replay has no "now", only the seconds in the log.
  const store = createAppStore({
    progress: createProgressStore(backend, 'replay'),
    settingsBackend: backend,
    settingsKey: 'replay:settings',
    now: () => 0,
    prefersReducedMotion: true,
  });
  const prefix = log.slice(0, Math.max(0, Math.min(step, log.length)));
  store.getState().resumeFrom({ version: 2, scenarioId: scenario.id, source: scenario.source, mode, log: [...prefix] }, scenario);
  const last = prefix.at(-1);
  const rx = last && 'rx' in last && last.rx ? last.rx : store.getState().selectedRxId;
  store.setState({ station: stationForAction(last, scenario), selectedRxId: rx, ...READ_ONLY });
  return store;
}
