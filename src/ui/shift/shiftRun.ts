import type { Action } from '../../core/engine/actions';
import { replay } from '../../core/engine/engine';
import type { ResolvedEncounter } from '../../core/scenario/resolve';
import type { Shift } from '../../core/scenario/shiftSchema';
import { report } from '../../core/scoring/score';
import type { Report } from '../../core/scoring/report';
import type { ShiftPlace } from '../../state';
import { loadShippedEncounter, loadShippedShift, resolveShiftEntry, type Loaded } from '../../platform/scenarioLibrary';

/** A shift being worked: its patients in order, where the student is, and what is already done. */
export interface ShiftRun {
  shift: Shift;
  path: string;
  encounterPaths: string[];
  index: number;
  completed: { source: string; log: Action[] }[];
  /** Scenario seconds spent on finished encounters. */
  elapsedSeconds: number;
}

/** Where to find scenario files: the shipped library, or files the instructor opened this session. */
export interface ScenarioSource {
  encounter(path: string): Loaded<ResolvedEncounter>;
  shift(path: string): Loaded<Shift>;
}

/** The files that ship with TechShift. */
export const shippedSource: ScenarioSource = { encounter: loadShippedEncounter, shift: loadShippedShift };

/** Starts a shift from its file. */
export function beginShift(path: string, source: ScenarioSource): Loaded<ShiftRun> {
  const loaded = source.shift(path);
  if (!loaded.ok) return loaded;
  const encounterPaths = loaded.value.encounters.map((e) => resolveShiftEntry(path, e.file));
  return { ok: true, value: { shift: loaded.value, path, encounterPaths, index: 0, completed: [], elapsedSeconds: 0 } };
}

/** The shift as the saved progress records it. */
export function placeOf(run: ShiftRun): ShiftPlace {
  return { shiftId: run.shift.id, encounterIndex: run.index, path: run.path, completed: run.completed, elapsedSeconds: run.elapsedSeconds };
}

/** Rebuilds a shift run from saved progress; null when the shift file is gone or changed shape. */
export function resumeShift(place: ShiftPlace, source: ScenarioSource): ShiftRun | null {
  if (!place.path) return null;
  const begun = beginShift(place.path, source);
  if (!begun.ok || begun.value.shift.id !== place.shiftId || place.encounterIndex >= begun.value.encounterPaths.length) return null;
  return { ...begun.value, index: place.encounterIndex, completed: place.completed ?? [], elapsedSeconds: place.elapsedSeconds ?? 0 };
}

/** The run after the current encounter finished with this log. */
export function advance(run: ShiftRun, finished: { source: string; log: readonly Action[] }): ShiftRun {
  const last = finished.log[finished.log.length - 1];
  return {
    ...run,
    index: run.index + 1,
    completed: [...run.completed, { source: finished.source, log: [...finished.log] }],
    elapsedSeconds: run.elapsedSeconds + (last?.at ?? 0),
  };
}

/** True when every patient in the shift has been seen. */
export function shiftOver(run: ShiftRun): boolean {
  return run.index >= run.encounterPaths.length;
}

/** One row of the end-of-shift summary. */
export interface ShiftRow {
  title: string;
  patient: string;
  report: Report | null;
  problem?: string;
}

/** Replays every finished encounter of the shift: same logs, same scores. */
export function summarise(run: ShiftRun, source: ScenarioSource): ShiftRow[] {
  return run.completed.map(({ source: path, log }) => {
    const loaded = source.encounter(path);
    if (!loaded.ok) return { title: path, patient: '', report: null, problem: 'this scenario file can no longer be loaded' };
    const scenario = loaded.value;
    return {
      title: scenario.title,
      patient: `${scenario.patient.firstName} ${scenario.patient.lastName}`,
      report: report(replay(scenario, log)),
    };
  });
}
