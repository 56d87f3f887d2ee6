import { patientFigures } from '../../../state/toSceneModel';
import { selectEncounter, selectScenario, selectWaitingFigures } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { waitingWords } from './waitingWords';

const PLACE_WORDS = {
  queue: 'waiting in line',
  dropoff: 'at the drop-off window',
  pickup: 'at the pick-up window',
  gone: 'has left',
} as const;

/** Who is in the pharmacy and where, in words (the 3D view shows the same). */
export function WaitingPanel() {
  const scenario = useAppStore(selectScenario);
  const encounter = useAppStore(selectEncounter);
  const queue = useAppStore(selectWaitingFigures);
  if (!scenario) return null;
  return (
    <ul>
      {[...patientFigures(scenario, encounter), ...queue].map((p) => (
        <li key={p.id}>
          {p.task ? `${waitingWords.task}: ${p.displayName}` : p.displayName}: {p.task ? waitingWords.taskWaiting : PLACE_WORDS[p.place]}
        </li>
      ))}
    </ul>
  );
}
