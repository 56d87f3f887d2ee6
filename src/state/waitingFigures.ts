import { textIn, type ResolvedEncounter, type ShiftPatient } from '../core';
import type { PatientFigure } from '../scene/sceneContract';
import { patientFigure } from './toSceneModel';

/**
 * The shift's waiting patients as figures standing in the queue, in arrival order (the 3D view and the
 * waiting-area text both use these); a back-room task is named by its title in the UI's `language`.
 */
export function waitingFigures(
  waiting: readonly ShiftPatient[],
  encounters: ReadonlyMap<string, ResolvedEncounter>,
  language = 'en',
): PatientFigure[] {
  return waiting.flatMap((p) => {
    const encounter = encounters.get(p.path);
    // A call waits on the phone line, not in the queue.
    if (!encounter || encounter.call) return [];
    const figure = patientFigure(`queue-${p.turn}`, encounter.patient, 'queue');
    // A back-room task waits as a box named by its title, not as a person.
    return [encounter.channel === 'backRoom' ? { ...figure, displayName: textIn(encounter.title, language), task: true } : figure];
  });
}

/** The shift's calls waiting on the line, in arrival order: who is calling. */
export function waitingCalls(waiting: readonly ShiftPatient[], encounters: ReadonlyMap<string, ResolvedEncounter>): string[] {
  return waiting.flatMap((p) => {
    const call = encounters.get(p.path)?.call;
    return call ? [call.caller] : [];
  });
}
