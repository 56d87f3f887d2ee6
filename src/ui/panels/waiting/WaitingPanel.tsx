import { useTranslation } from 'react-i18next';
import { patientFigures } from '../../../state/toSceneModel';
import { selectEncounter, selectScenario, selectWaitingCalls, selectWaitingFigures } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';

/** Who is in the pharmacy and where, in words (the 3D view shows the same). */
export function WaitingPanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const encounter = useAppStore(selectEncounter);
  const queue = useAppStore(selectWaitingFigures);
  const calls = useAppStore(selectWaitingCalls);
  if (!scenario) return null;
  // The caller of a call in progress is on the phone, not in the pharmacy.
  // Nor is anyone at the window for a delivery.
  const here = scenario.call || scenario.delivery ? [] : patientFigures(scenario, encounter);
  return (
    <ul>
      {[...here, ...queue].map((p) => (
        <li key={p.id}>
          {p.task
            ? t('waiting.who', { name: `${t('waitingTask.task')}: ${p.displayName}`, place: t('waitingTask.taskWaiting') })
            : t('waiting.who', { name: p.displayName, place: t(`waiting.place.${p.place}`) })}
        </li>
      ))}
      {scenario.call && !encounter?.complete && <li>{t('phoneCall.onLine', { caller: scenario.call.caller })}</li>}
      {calls.map((caller, i) => (
        <li key={`call-${i}`}>{t('phoneCall.onHold', { caller })}</li>
      ))}
    </ul>
  );
}
