import type { PatientFigure } from '../../scene/sceneModel';
import type { ScenarioSource, ShiftRun } from '../shift/shiftRun';

/** The patients still to come in a shift, standing in the queue in arrival order. */
export function waitingFigures(run: ShiftRun | null, source: ScenarioSource): PatientFigure[] {
  if (!run) return [];
  return run.encounterPaths.slice(run.index + 1).flatMap((path, i) => {
    const loaded = source.encounter(path);
    if (!loaded.ok) return [];
    const { patient } = loaded.value;
    const look = patient.appearance;
    return [
      {
        id: `queue-${run.index + 1 + i}`,
        displayName: `${patient.firstName} ${patient.lastName}`,
        height: look?.height ?? 1.7,
        shirtColour: look?.shirtColour ?? '#4f7cac',
        skinTone: look?.skinTone ?? '#c68e6a',
        hairColour: look?.hairColour ?? '#3b2a20',
        place: 'queue' as const,
      },
    ];
  });
}
