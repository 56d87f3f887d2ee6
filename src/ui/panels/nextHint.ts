import type { TFunction } from 'i18next';
import { type Language, type NextStep, renderHint, STATION_FOR_STEP, STATION_IDS } from '../../core';

/** The practice hint line: where to go (station and its number key), then what to do there. */
export function nextHintText(next: NextStep, language: Language, t: TFunction): string {
  // A call's hints are worked at the phone, whatever step they belong to.
  // A call's hints are worked at the phone, a delivery's at the shelves where the tote is received.
  const station = next.code.startsWith('call.') ? 'phone' : next.code.startsWith('receive.') ? 'shelves' : STATION_FOR_STEP[next.step];
  return t('station.nextHint', {
    station: t(`stations.${station}`),
    key: STATION_IDS.indexOf(station) + 1,
    hint: renderHint(next, language),
  });
}
