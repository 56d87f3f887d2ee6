import { useTranslation } from 'react-i18next';
import { fullProductName } from '../../../state/productNames';
import { usDate } from '../../format';
import type { ResolvedEncounter } from '../../../core';

/** The pharmacy system's patient profile: identifiers, allergies, current medicines, fill history. */
export function PatientProfile({ scenario }: { scenario: ResolvedEncounter }) {
  const { t } = useTranslation();
  const { patient, products } = scenario;
  const nameOf = (id: string) => {
    const p = products.get(id);
    return p ? fullProductName(p) : id;
  };
  return (
    <section className="panel-block system-screen" aria-labelledby="profile-heading">
      <h3 id="profile-heading">{t('profile.title', { last: patient.lastName, first: patient.firstName })}</h3>
      <p>
        {t('profile.born', { date: usDate(patient.dateOfBirth) })} · {patient.address}
        {patient.phone ? ` · ${patient.phone}` : ''}
      </p>
      <p>
        {patient.insurance ? t('profile.insurance', { plan: patient.insurance.plan, id: patient.insurance.memberId }) : t('profile.cash')}
      </p>
      <h4>{t('profile.allergies')}</h4>
      {patient.allergies.length === 0 ? (
        <p>{t('profile.nkda')}</p>
      ) : (
        <ul className="allergy-list">
          {patient.allergies.map((a) => (
            <li key={a.substance}>
              <span aria-hidden="true">⚠ </span>
              {a.substance}: {a.reaction}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('profile.meds')}</h4>
      {patient.medications.length === 0 ? (
        <p>{t('profile.none')}</p>
      ) : (
        <ul>
          {patient.medications.map((m) => (
            <li key={m.product}>
              {nameOf(m.product)}
              {m.since ? t('profile.since', { date: usDate(m.since) }) : ''}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('profile.history')}</h4>
      {patient.fillHistory.length === 0 ? (
        <p>{t('profile.noFills')}</p>
      ) : (
        <table className="fill-table">
          <thead>
            <tr>
              <th scope="col">{t('profile.date')}</th>
              <th scope="col">{t('profile.drug')}</th>
              <th scope="col">{t('profile.qty')}</th>
              <th scope="col">{t('profile.days')}</th>
            </tr>
          </thead>
          <tbody>
            {patient.fillHistory.map((f, i) => (
              <tr key={`${f.date}-${f.product}-${i}`}>
                <td>{usDate(f.date)}</td>
                <td>{nameOf(f.product)}</td>
                <td>{f.quantity}</td>
                <td>{f.daysSupply}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
