import type { TFunction } from 'i18next';
import { type Language, type NextStep, renderHint, STATION_FOR_STEP, STATION_IDS } from '../../core';

/** The practice hint line: where to go (station and its number key), then what to do there. */
export function nextHintText(next: NextStep, language: Language, t: TFunction): string {
  const station = STATION_FOR_STEP[next.step];
  return t('station.nextHint', {
    station: t(`stations.${station}`),
    key: STATION_IDS.indexOf(station) + 1,
    hint: renderHint(next, language),
  });
}
