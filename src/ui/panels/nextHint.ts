import { STATION_NAMES } from './stationNames';
import { type Language, type NextStep, renderHint, STATION_FOR_STEP, STATION_IDS } from '../../core';

/** The practice hint line: where to go (station and its number key), then what to do there. */
export function nextHintText(next: NextStep, language: Language): string {
  const station = STATION_FOR_STEP[next.step];
  return `Next at ${STATION_NAMES[station]} (key ${STATION_IDS.indexOf(station) + 1}): ${renderHint(next, language)}`;
}
