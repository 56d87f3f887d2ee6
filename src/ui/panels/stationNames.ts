import type { StationId } from '../../core';

/** Each station's name as the heading and the navigation show it. */
export const STATION_NAMES: Record<StationId, string> = {
  dropoff: 'Drop-off window',
  entry: 'Data entry',
  shelves: 'Shelves',
  counting: 'Counting bench',
  label: 'Label printer',
  verify: 'Pharmacist verification',
  pickup: 'Pick-up window',
  phone: 'Phone',
  waiting: 'Waiting area',
};

/** Stations where the work is on one prescription at a time, so the prescription picker shows. */
export const PER_RX_STATIONS: ReadonlySet<StationId> = new Set(['entry', 'shelves', 'counting', 'label', 'verify']);
