import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { selectEncounter, selectPrescriptions, selectSelectedRxId } from '../../state/selectors';
import { useAppStore } from '../../state/StoreContext';

/** Which prescription the student is working on, when there is more than one. */
export function RxPicker() {
  const { t } = useTranslation();
  const name = useId();
  const prescriptions = useAppStore(selectPrescriptions);
  const selected = useAppStore(selectSelectedRxId);
  const rxState = useAppStore((s) => selectEncounter(s)?.rx);
  const selectRx = useAppStore((s) => s.selectRx);
  if (prescriptions.length < 2) return null;
  return (
    <fieldset className="rx-picker">
      <legend>{t('station.workingOn')}</legend>
      {prescriptions.map((rx, i) => (
        <label key={rx.id} className="check">
          <input type="radio" name={name} value={rx.id} checked={rx.id === selected} onChange={() => selectRx(rx.id)} />
          {t('station.rxNumber', { n: i + 1 })}: {rx.drugAsWritten}{' '}
          <span className="rx-status">({t(`rxStatus.${rxState?.[rx.id]?.status ?? 'intake'}`)})</span>
        </label>
      ))}
    </fieldset>
  );
}
