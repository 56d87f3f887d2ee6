import { patientFigures } from '../../../state/toSceneModel';
import { selectEncounter, selectScenario, selectWaitingCalls, selectWaitingFigures } from '../../../state/selectors';
import { phoneWords } from '../phone/phoneWords';
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
  const calls = useAppStore(selectWaitingCalls);
  if (!scenario) return null;
  // The caller of a call in progress is on the phone, not in the pharmacy.
  // Nor is anyone at the window for a delivery.
  const here = scenario.call || scenario.delivery ? [] : patientFigures(scenario, encounter);
  return (
    <ul>
      {[...here, ...queue].map((p) => (
        <li key={p.id}>
          {p.task ? `${waitingWords.task}: ${p.displayName}` : p.displayName}: {p.task ? waitingWords.taskWaiting : PLACE_WORDS[p.place]}
        </li>
      ))}
      {scenario.call && !encounter?.complete && <li>{phoneWords.onLine(scenario.call.caller)}</li>}
      {calls.map((caller, i) => (
        <li key={`call-${i}`}>{phoneWords.onHold(caller)}</li>
      ))}
    </ul>
  );
}
