import type { Shift } from '../scenario/shiftSchema';
import type { ShiftState } from './shiftState';

/** The player's time-limit setting: on or off, and any extra minutes (e.g. an accommodation). */
export interface TimeLimitSetting {
  enabled: boolean;
  extraMinutes: number;
}

/** The limit in effect, in shift seconds: the shift's own plus the extra minutes; null when the shift has none or it is switched off. */
export function timeLimitSeconds(shift: Shift, setting: TimeLimitSetting): number | null {
  if (!shift.timeLimitMinutes || !setting.enabled) return null;
  return (shift.timeLimitMinutes + Math.max(0, setting.extraMinutes)) * 60;
}

/** True when the limit has just been reached: not yet recorded, the shift still running, and the clock at or past it. */
export function isTimeUp(state: ShiftState, limitSeconds: number | null, clock: number): boolean {
  return limitSeconds !== null && !state.over && state.timeUpAt === null && clock >= limitSeconds;
}
