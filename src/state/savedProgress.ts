import type { SavedProgress } from '../platform/savedProgressSchema';
import type { AppState } from './types';

type Saved = Pick<AppState, 'scenario' | 'mode' | 'log' | 'station' | 'shiftScenario' | 'shiftPath' | 'shiftLog'>;

/**
 * What is saved: the encounter's log, the station the student stands at and, during a shift, the
 * shift's own log; `savedAt` (wall clock, ISO) tells the next person when it was last played.
 * Null when nothing is being played.
 */
export function savedProgressOf(s: Saved, savedAt?: number): SavedProgress | null {
  if (!s.scenario) return null;
  const saved: SavedProgress = {
    version: 2,
    scenarioId: s.scenario.id,
    source: s.scenario.source,
    mode: s.mode,
    log: [...s.log],
    station: s.station,
  };
  if (s.shiftScenario && s.shiftPath) saved.shift = { id: s.shiftScenario.id, path: s.shiftPath, log: [...s.shiftLog] };
  if (savedAt !== undefined) saved.savedAt = new Date(savedAt).toISOString();
  return saved;
}
