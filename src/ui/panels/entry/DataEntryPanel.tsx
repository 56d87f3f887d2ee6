import { selectCurrentPrescription, selectCurrentRx, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { refillWords } from '../../format';
import { claimRequired } from '../../../core';
import { ClaimPanel } from './ClaimPanel';
import { EntryForm } from './EntryForm';
import { PatientProfile } from './PatientProfile';
import { RX_STATUS_WORDS } from '../shared/rxStatusWords';

/** The pharmacy-system screen: the profile, the prescription on the bench, and the entry form. */
export function DataEntryPanel() {
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentPrescription);
  const progress = useAppStore(selectCurrentRx);
  if (!scenario || !rx) return null;
  const status = progress?.status ?? 'intake';
  return (
    <div className="panel-stack">
      <PatientProfile scenario={scenario} />
      <section className="panel-block" aria-label="Prescription on the bench">
        <p className="bench-rx">
          <strong>On the bench:</strong> {rx.drugAsWritten} · Sig: {rx.sig} · #{rx.quantity} · {refillWords(rx.refills)}
          {rx.daw === 1 ? ' · Dispense as written' : ''}
        </p>
      </section>
      {status === 'intake' && <p className="hint">This prescription has not been accepted at drop-off yet.</p>}
      {status === 'intake' || status === 'entry' ? (
        <EntryForm key={rx.id} scenario={scenario} rxId={rx.id} />
      ) : progress?.entry ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>Data entry submitted for this prescription.
        </p>
      ) : (
        <p className="hint">{RX_STATUS_WORDS[status]}.</p>
      )}
      {progress?.entry && claimRequired(scenario) && (
        // Keyed by the entry, so a new data entry starts a fresh claim screen.
        <ClaimPanel key={`${rx.id}:${JSON.stringify(progress.entry)}`} scenario={scenario} rx={rx} progress={progress} />
      )}
    </div>
  );
}
