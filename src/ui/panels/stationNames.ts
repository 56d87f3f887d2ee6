import type { StationId } from '../../core';

// Each station's name is in the catalogues, under `stations.<id>`.

/** Stations where the work is on one prescription at a time, so the prescription picker shows. */
export const PER_RX_STATIONS: ReadonlySet<StationId> = new Set(['entry', 'shelves', 'counting', 'label', 'verify']);
