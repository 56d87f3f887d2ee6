/** The shift in the pure core: its actions, its state replayed from the shift log, the clock, arrivals, time-up and the summary. */
export { encounterFinished, shiftActionSchema, timeUp, type ShiftAction } from './shiftActions';
export type { FinishedEncounter, ShiftPatient, ShiftState } from './shiftState';
export { apply, atCounter, replay, start } from './shift';
export { shiftClock } from './shiftClock';
export { arrivals, waitingAfter, type Arrivals } from './arrivals';
export { isTimeUp, timeLimitSeconds, type TimeLimitSetting } from './timeLimit';
export { summarise, type ShiftRow } from './summary';
export {
  prioritisation,
  PRIORITY_CODES,
  rank,
  type Channel,
  type PriorityCode,
  type PriorityDecision,
  type PriorityParams,
  type WorkItem,
} from './priority';
