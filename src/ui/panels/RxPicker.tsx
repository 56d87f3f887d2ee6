import { useId } from 'react';
import { selectEncounter, selectPrescriptions, selectSelectedRxId } from '../../state/selectors';
import { useAppStore } from '../../state/StoreContext';
import { RX_STATUS_WORDS } from './shared/rxStatusWords';

/** Which prescription the student is working on, when there is more than one. */
export function RxPicker() {
  const name = useId();
  const prescriptions = useAppStore(selectPrescriptions);
  const selected = useAppStore(selectSelectedRxId);
  const rxState = useAppStore((s) => selectEncounter(s)?.rx);
  const selectRx = useAppStore((s) => s.selectRx);
  if (prescriptions.length < 2) return null;
  return (
    <fieldset className="rx-picker">
      <legend>Working on</legend>
      {prescriptions.map((rx, i) => (
        <label key={rx.id} className="check">
          <input type="radio" name={name} value={rx.id} checked={rx.id === selected} onChange={() => selectRx(rx.id)} />
          Prescription {i + 1}: {rx.drugAsWritten}{' '}
          <span className="rx-status">({RX_STATUS_WORDS[rxState?.[rx.id]?.status ?? 'intake']})</span>
        </label>
      ))}
    </fieldset>
  );
}
