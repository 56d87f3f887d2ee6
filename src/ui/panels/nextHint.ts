import { STATION_NAMES } from './stationNames';
import { type Language, type NextStep, renderHint, STATION_FOR_STEP, STATION_IDS } from '../../core';

/** The practice hint line: where to go (station and its number key), then what to do there. */
export function nextHintText(next: NextStep, language: Language): string {
  // A call's hints are worked at the phone, whatever step they belong to.
  // A delivery's, at the shelves where the tote is received.
  const station = next.code.startsWith('call.') ? 'phone' : next.code.startsWith('receive.') ? 'shelves' : STATION_FOR_STEP[next.step];
  return `Next at ${STATION_NAMES[station]} (key ${STATION_IDS.indexOf(station) + 1}): ${renderHint(next, language)}`;
}
