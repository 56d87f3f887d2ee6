import { useTranslation } from 'react-i18next';
import { selectPrescriptions } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { PhoneRx } from '../dropoff/rx/PhoneRx';

/** The phone: telephoned prescriptions as the pharmacist transcribed them. */
export function PhonePanel() {
  const { t } = useTranslation();
  const calls = useAppStore(selectPrescriptions).filter((rx) => rx.channel === 'phone');
  if (calls.length === 0) return <p>{t('phone.none')}</p>;
  return (
    <div className="panel-stack">
      {calls.map((rx) => (
        <PhoneRx key={rx.id} rx={rx} />
      ))}
    </div>
  );
}
