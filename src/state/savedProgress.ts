import type { SavedProgress } from '../platform/savedProgressSchema';
import type { AppState } from './types';

type Saved = Pick<AppState, 'scenario' | 'mode' | 'log' | 'shiftScenario' | 'shiftPath' | 'shiftLog'>;

/** What is saved: the encounter's log and, during a shift, the shift's own log. Null when nothing is being played. */
export function savedProgressOf(s: Saved): SavedProgress | null {
  if (!s.scenario) return null;
  const saved: SavedProgress = { version: 2, scenarioId: s.scenario.id, source: s.scenario.source, mode: s.mode, log: [...s.log] };
  if (s.shiftScenario && s.shiftPath) saved.shift = { id: s.shiftScenario.id, path: s.shiftPath, log: [...s.shiftLog] };
  return saved;
}
