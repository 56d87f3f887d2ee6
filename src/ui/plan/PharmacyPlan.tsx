import { useTranslation } from 'react-i18next';
import { type PatientFigure, type SceneModel } from '../../scene/sceneContract';
import { PlanPerson, PlanShelf, YouMarker } from './PlanFigures';
import { planPeople, stationNote, type PlanPeople } from './planPeople';
import './plan.css';
import { STATION_IDS, type StationId } from '../../core';

/** Customer places whose people are drawn under the station's note. */
const PEOPLE_AT: Partial<Record<StationId, keyof PlanPeople>> = { dropoff: 'dropoff', pickup: 'pickup', waiting: 'waiting' };

/**
 * The pharmacy seen from above, in place of the 3D view: every station is a button that walks there
 * (as a click in 3D does), the student's station says "You are here", and the people at the windows
 * and in the queue are drawn and named. Reads the same scene model as the 3D view.
 */
export function PharmacyPlan({ model, onStation }: { model: SceneModel; onStation(id: StationId): void }) {
  const { t } = useTranslation();
  const people = planPeople(model.patients);
  return (
    <section className="pharmacy-plan" aria-label={t('plan.label')}>
      <p className="plan-caption">{t('plan.caption')}</p>
      <div className="plan-floor">
        <div className="plan-zone plan-zone-staff" aria-hidden="true" />
        <div className="plan-counter" aria-hidden="true">
          {t('plan.frontCounter')}
        </div>
        {STATION_IDS.map((id, i) => {
          const here = id === model.station;
          const place = PEOPLE_AT[id];
          return (
            <div key={id} className="plan-station" data-station={id} data-here={here || undefined}>
              <button type="button" aria-current={here ? 'location' : undefined} onClick={() => onStation(id)}>
                <span className="plan-key" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {t(`stations.${id}`)}
              </button>
              {here && (
                <span className="plan-here">
                  <YouMarker /> {t('plan.youAreHere')}
                </span>
              )}
              <span className="plan-note">{stationNote(id, model, t)}</span>
              {place && <PeopleList people={people[place]} />}
              {id === 'shelves' && <PlanShelf shelf={model.shelf} inHand={model.pickedProductId} />}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function PeopleList({ people }: { people: readonly PatientFigure[] }) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <ol className="plan-people">
      {people.map((p) => (
        <li key={p.id}>
          <PlanPerson person={p} />
          <span>{p.task ? `${t('waitingTask.task')}: ${p.displayName}` : p.displayName}</span>
        </li>
      ))}
    </ol>
  );
}
