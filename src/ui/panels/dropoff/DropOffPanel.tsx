import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectDispatch, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { IdentityCheck, type IdentitySource } from '../shared/IdentityCheck';
import { PatientLines } from '../shared/PatientLines';
import { RxDocument } from './rx/RxDocument';
import { actions } from '../../../core';

/** The drop-off window: the prescriptions as presented, the patient, identity, accept or flag. */
export function DropOffPanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const dispatch = useAppStore(selectDispatch);
  const openFlagDialog = useAppStore((s) => s.openFlagDialog);
  const statuses = useAppStore(
    useShallow((s) => Object.fromEntries(Object.entries(s.encounter?.rx ?? {}).map(([id, r]) => [id, r.status]))),
  );
  if (!scenario) return null;
  const { patient } = scenario;
  const name = `${patient.firstName} ${patient.lastName}`;
  const sources: IdentitySource[] = [
    { source: t('dropoff.profile'), name, dateOfBirth: patient.dateOfBirth },
    ...scenario.prescriptions.map((rx, i) => ({
      source: scenario.prescriptions.length > 1 ? t('station.rxNumber', { n: i + 1 }) : t('station.rx'),
      name: rx.patientName,
      dateOfBirth: rx.patientDateOfBirth,
    })),
    // What the person at drop-off says: the profile's details unless the file says otherwise.
    {
      source: t('dropoff.patientSays'),
      name: scenario.dropOffIdentity?.name ?? name,
      dateOfBirth: scenario.dropOffIdentity?.dateOfBirth ?? patient.dateOfBirth,
    },
  ];
  return (
    <div className="panel-stack">
      <PatientLines speaker={name} lines={scenario.dialogue.dropOff} />
      <IdentityCheck stage="dropoff" sources={sources} />
      {scenario.prescriptions.map((rx, i) => {
        const status = statuses[rx.id] ?? 'intake';
        const label = t('station.rxNumber', { n: i + 1 });
        return (
          <section key={rx.id} className="panel-block" aria-label={label}>
            <h3>
              {label} <span className="rx-status">({t(`rxStatus.${status}`)})</span>
            </h3>
            <RxDocument rx={rx} />
            {status === 'intake' && (
              <div className="btn-row">
                <button type="button" className="btn btn-primary" onClick={() => dispatch(actions.acceptPrescription(rx.id))}>
                  {t('dropoff.accept', { rx: label.toLowerCase() })}
                </button>
                <button type="button" className="btn" onClick={() => openFlagDialog(rx.id)}>
                  {t('dropoff.flagRx', { rx: label.toLowerCase() })}
                </button>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
