import { useEffect } from 'react';
import type { Shift } from '../../core';
import { connectResultsSinks, type ObservableSession } from '../results/connectResultsSinks';
import type { Loaded } from '../scenarioLibrary';
import { lmsLink } from './lmsLink';

/** Where shift files are read, to know how many patients a shift has. */
export interface ShiftFiles {
  shift(path: string): Loaded<Shift>;
}

/** Reports finished encounters and shifts to the course that launched the game; does nothing outside an LMS. */
export function useLmsResults(store: ObservableSession, files: ShiftFiles): void {
  useEffect(() => {
    const link = lmsLink();
    if (!link) return;
    return connectResultsSinks(store, link.sinks, {
      shiftLength: (path) => {
        const loaded = files.shift(path);
        return loaded.ok ? loaded.value.encounters.length : null;
      },
    });
  }, [store, files]);
}
