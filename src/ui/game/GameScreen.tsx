import { useCallback, useMemo } from 'react';
import {
  sceneEvents,
  selectIsComplete,
  selectSceneModel,
  selectWaitingCalls,
  selectWaitingFigures,
  useAppStore,
  useAppStoreApi,
} from '../../state';
import { FeedbackToast } from '../feedback/FeedbackToast';
import { StationPanel } from '../panels/StationPanel';
import { PharmacyView } from '../plan/PharmacyView';
import { ReportDialog } from '../report/ReportDialog';
import { EndSessionButton } from '../session/EndSessionButton';
import { ShiftBar } from './ShiftBar';

interface GameScreenProps {
  onNextPatient(next?: number): void;
  onMenu(): void;
}

/** The pharmacy: the 3D view (or the 2D plan), the station panel beside it, the shift bar, feedback and the report. */
export function GameScreen({ onNextPatient, onMenu }: GameScreenProps) {
  const store = useAppStoreApi();
  const model = useAppStore(selectSceneModel);
  const complete = useAppStore(selectIsComplete);
  const inShift = useAppStore((s) => s.shiftState !== null);
  // The shift's queue: the same selector the waiting-area panel reads, so the 3D line and the words agree.
  const waiting = useAppStore(selectWaitingFigures);
  const events = useMemo(() => sceneEvents(store), [store]);
  const calls = useAppStore(selectWaitingCalls);
  // A call on hold rings the phone as a call on the line does.
  const withQueue = useMemo(
    () => ({ ...model, patients: [...model.patients, ...waiting], phoneRinging: model.phoneRinging === true || calls.length > 0 }),
    [model, waiting, calls],
  );
  const restart = useCallback(() => store.getState().restartEncounter(), [store]);

  return (
    <div className="game">
      <ShiftBar />
      {/* Once the report is up, the pharmacy behind it is out of the tab order and out of reach. */}
      <div className="game-main" inert={complete}>
        <div className="game-view">
          <PharmacyView model={withQueue} events={events} />
          <div className="game-session">
            <EndSessionButton className="session-button" />
          </div>
        </div>
        <StationPanel showStationNav />
      </div>
      {/* The toasts too: focus must not escape the report to their Dismiss buttons. */}
      <div className="game-toasts" inert={complete}>
        <FeedbackToast />
      </div>
      {complete && <ReportDialog onTryAgain={restart} onNextPatient={inShift ? onNextPatient : undefined} onMenu={onMenu} />}
    </div>
  );
}
