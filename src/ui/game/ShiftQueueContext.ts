import { createContext, useContext } from 'react';
import type { PatientFigure } from '../../scene/sceneModel';

/** The patients still to come in the shift being played (empty for a single patient). */
export const ShiftQueueContext = createContext<readonly PatientFigure[]>([]);

/** Who is waiting behind the current patient, in arrival order. */
export function useShiftQueue(): readonly PatientFigure[] {
  return useContext(ShiftQueueContext);
}
