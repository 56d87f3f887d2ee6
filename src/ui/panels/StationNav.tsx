import { selectStation } from '../../state/selectors';
import { useAppStore } from '../../state/StoreContext';
import { STATION_NAMES } from './stationNames';
import { STATION_IDS } from '../../core';

/** Buttons to walk to each station (number keys 1–9 do the same). */
export function StationNav() {
  const station = useAppStore(selectStation);
  const goToStation = useAppStore((s) => s.goToStation);
  return (
    <nav aria-label="Stations" className="panel-station-nav">
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
              {STATION_NAMES[id]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
