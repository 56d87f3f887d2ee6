import type { Step } from '../findings/codes';

/** Every place the technician can stand, in the order of their number keys (1–9). */
export const STATION_IDS = ['dropoff', 'entry', 'shelves', 'counting', 'label', 'verify', 'pickup', 'phone', 'waiting'] as const;
export type StationId = (typeof STATION_IDS)[number];

/** Where each step of a prescription's workflow is done. */
export const STATION_FOR_STEP: Readonly<Record<Step, StationId>> = {
  intake: 'dropoff',
  entry: 'entry',
  selection: 'shelves',
  count: 'counting',
  label: 'label',
  verify: 'verify',
  pickup: 'pickup',
  // An error is owned with the pharmacist: told, the wrong product handed over, the report filed.
  report: 'verify',
};
