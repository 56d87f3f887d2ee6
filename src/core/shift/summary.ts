import { replay } from '../engine/engine';
import type { ResolvedEncounter } from '../scenario/resolve';
import type { Report } from '../scoring/report';
import { report } from '../scoring/score';
import type { ShiftState } from './shiftState';
import type { LocalText } from '../scenario/primitives';

/** One row of the end-of-shift summary. `report` is null when the encounter file can no longer be found. */
export interface ShiftRow {
  source: string;
  title: LocalText;
  patient: string;
  report: Report | null;
}

/** Replays every finished encounter of the shift, in the order seen: same logs, same scores. */
export function summarise(state: ShiftState, encounterOf: (source: string) => ResolvedEncounter | null): ShiftRow[] {
  return state.finished.map(({ source, log }) => {
    const scenario = encounterOf(source);
    if (!scenario) return { source, title: source, patient: '', report: null };
    return {
      source,
      title: scenario.title,
      patient: `${scenario.patient.firstName} ${scenario.patient.lastName}`,
      report: report(replay(scenario, log)),
    };
  });
}
