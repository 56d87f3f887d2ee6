import { useTranslation } from 'react-i18next';
import { selectStation } from '../../state/selectors';
import { useAppStore } from '../../state/StoreContext';
import { STATION_IDS } from '../../core';

/** Buttons to walk to each station (number keys 1–9 do the same). */
export function StationNav() {
  const { t } = useTranslation();
  const station = useAppStore(selectStation);
  const goToStation = useAppStore((s) => s.goToStation);
  return (
    <nav aria-label={t('station.nav')} className="panel-station-nav">
      <ol>
        {STATION_IDS.map((id, i) => (
          <li key={id}>
            <button
              type="button"
              className="panel-station-link"
              aria-current={id === station ? 'location' : undefined}
              onClick={() => goToStation(id)}
            >
              <span className="panel-station-key" aria-hidden="true">
                {i + 1}
              </span>{' '}
              {t(`stations.${id}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
