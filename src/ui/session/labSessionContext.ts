import { createContext, useContext } from 'react';
import type { LabConfig } from '../../platform/labConfig/labConfigSchema';
import type { StudentStorage } from '../../platform/studentStorage';

/** The lab's configuration, where the student's data is kept, and the one way to wipe it. */
export interface LabSessionValue {
  config: LabConfig;
  storage: StudentStorage;
  /** Wipes everything the game stored for this student and starts a fresh menu. */
  endSession(): Promise<void>;
}

/** Null outside LabSession (component tests): controls that need it render nothing. */
export const LabSessionContext = createContext<LabSessionValue | null>(null);

/** The lab session, or null when the component is rendered on its own. */
export function useLabSession(): LabSessionValue | null {
  return useContext(LabSessionContext);
}
