import { useTranslation } from 'react-i18next';
import { selectPrescriptions, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { PhoneRx } from '../dropoff/rx/PhoneRx';
import { CallPanel } from './CallPanel';

/** The phone: the call on the line, or telephoned prescriptions as the pharmacist transcribed them. */
export function PhonePanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const calls = useAppStore(selectPrescriptions).filter((rx) => rx.channel === 'phone');
  if (scenario?.call) return <CallPanel scenario={scenario} call={scenario.call} />;
  if (calls.length === 0) return <p>{t('phone.none')}</p>;
  return (
    <div className="panel-stack">
      {calls.map((rx) => (
        <PhoneRx key={rx.id} rx={rx} />
      ))}
    </div>
  );
}
