import { useTranslation } from 'react-i18next';
import { patientFigures } from '../../../state/toSceneModel';
import { selectEncounter, selectScenario, selectWaitingFigures } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';

/** Who is in the pharmacy and where, in words (the 3D view shows the same). */
export function WaitingPanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const encounter = useAppStore(selectEncounter);
  const queue = useAppStore(selectWaitingFigures);
  if (!scenario) return null;
  return (
    <ul>
      {[...patientFigures(scenario, encounter), ...queue].map((p) => (
        <li key={p.id}>{t('waiting.who', { name: p.displayName, place: t(`waiting.place.${p.place}`) })}</li>
      ))}
    </ul>
  );
}
