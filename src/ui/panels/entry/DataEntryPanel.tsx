import { useTranslation } from 'react-i18next';
import { selectCurrentPrescription, selectCurrentRx, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { refillWords } from '../../format';
import { claimRequired } from '../../../core';
import { ClaimPanel } from './ClaimPanel';
import { EntryForm } from './EntryForm';
import { PatientProfile } from './PatientProfile';

/** The pharmacy-system screen: the profile, the prescription on the bench, and the entry form. */
export function DataEntryPanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentPrescription);
  const progress = useAppStore(selectCurrentRx);
  if (!scenario || !rx) return null;
  const status = progress?.status ?? 'intake';
  return (
    <div className="panel-stack">
      <PatientProfile scenario={scenario} />
      <section className="panel-block" aria-label={t('entry.bench')}>
        <p className="bench-rx">
          <strong>{t('entry.onBench')}</strong> {rx.drugAsWritten} · {t('entry.sig', { sig: rx.sig })} · #{rx.quantity} ·{' '}
          {refillWords(rx.refills, t)}
          {rx.daw === 1 ? t('entry.daw') : ''}
        </p>
      </section>
      {status === 'intake' && <p className="hint">{t('entry.notAccepted')}</p>}
      {status === 'intake' || status === 'entry' ? (
        <EntryForm key={rx.id} scenario={scenario} rxId={rx.id} />
      ) : progress?.entry ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>
          {t('entry.submitted')}
        </p>
      ) : (
        <p className="hint">{t('entry.status', { status: t(`rxStatus.${status}`) })}</p>
      )}
      {progress?.entry && claimRequired(scenario) && (
        // Keyed by the entry, so a new data entry starts a fresh claim screen.
        <ClaimPanel key={`${rx.id}:${JSON.stringify(progress.entry)}`} scenario={scenario} rx={rx} progress={progress} />
      )}
    </div>
  );
}
