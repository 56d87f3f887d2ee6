import type { PlayedEncounter } from '../../platform/results/resultsFile';
import type { ShiftTag } from '../../platform/results/resultsFileSchema';
import type { AppState } from '../../state';
import { textIn } from '../../core';

type Played = Pick<AppState, 'scenario' | 'mode' | 'log' | 'shiftScenario' | 'shiftPath' | 'shiftState' | 'shiftEncounters'>;

/** The shift being played, as a results file names it; undefined outside a shift. */
function shiftTag(s: Played): ShiftTag | undefined {
  return s.shiftScenario && s.shiftPath
    ? { id: s.shiftScenario.id, title: textIn(s.shiftScenario.title, 'en'), path: s.shiftPath }
    : undefined;
}

/** The encounter on screen (the report's), for its results file. */
export function currentEncounter(s: Played): PlayedEncounter[] {
  if (!s.scenario) return [];
  const shift = shiftTag(s);
  return [{ scenario: s.scenario, mode: s.mode, log: s.log, ...(shift ? { shift } : {}) }];
}

/** Every finished encounter of the shift, in the order seen, for the summary's results file. */
export function shiftEncounters(s: Played): PlayedEncounter[] {
  const shift = shiftTag(s);
  if (!s.shiftState || !shift) return [];
  const bySource = new Map([...s.shiftEncounters.values()].map((e) => [e.source, e]));
  return s.shiftState.finished.flatMap(({ source, log }) => {
    const scenario = bySource.get(source);
    return scenario ? [{ scenario, mode: s.mode, log, shift }] : [];
  });
}
