import { useTranslation } from 'react-i18next';
import { selectDispatch, selectEncounter } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { usDate } from '../../format';
import { actions } from '../../../core';

/** One source of a name and date of birth: the profile, the prescription, or what the person says. */
export interface IdentitySource {
  source: string;
  name: string;
  dateOfBirth?: string | undefined;
}

/** Two identifiers side by side from every source, and the button that confirms they match. */
export function IdentityCheck({ stage, sources }: { stage: 'dropoff' | 'pickup'; sources: IdentitySource[] }) {
  const { t } = useTranslation();
  const dispatch = useAppStore(selectDispatch);
  const confirmed = useAppStore((s) => selectEncounter(s)?.identity[stage] ?? false);
  return (
    <section className="panel-block" aria-labelledby={`identity-${stage}`}>
      <h3 id={`identity-${stage}`}>{t('identity.title')}</h3>
      <table className="identity-table">
        <thead>
          <tr>
            <th scope="col">{t('identity.source')}</th>
            <th scope="col">{t('identity.name')}</th>
            <th scope="col">{t('identity.dob')}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.source}>
              <th scope="row">{s.source}</th>
              <td>{s.name}</td>
              <td>{s.dateOfBirth ? usDate(s.dateOfBirth) : t('identity.notGiven')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirmed ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>
          {t('identity.confirmed')}
        </p>
      ) : (
        <button type="button" className="btn" onClick={() => dispatch(actions.confirmIdentity(stage))}>
          {t('identity.confirm')}
        </button>
      )}
    </section>
  );
}
