import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { sceneEvents, selectIsComplete, selectSceneModel, selectWaitingFigures, useAppStore, useAppStoreApi } from '../../state';
import { FeedbackToast } from '../feedback/FeedbackToast';
import { StationPanel } from '../panels/StationPanel';
import { ReportDialog } from '../report/ReportDialog';
import { EndSessionButton } from '../session/EndSessionButton';
import { LoadingScreen } from './LoadingScreen';
import { ShiftBar } from './ShiftBar';

// three and the scene are the heaviest code: the menu never waits for them.
const PharmacyCanvas = lazy(() => import('../../scene/PharmacyCanvas').then((m) => ({ default: m.PharmacyCanvas })));

interface GameScreenProps {
  onNextPatient(): void;
  onMenu(): void;
}

/** The pharmacy: the 3D view, the station panel beside it, the shift bar, feedback and the report. */
export function GameScreen({ onNextPatient, onMenu }: GameScreenProps) {
  const store = useAppStoreApi();
  const model = useAppStore(selectSceneModel);
  const complete = useAppStore(selectIsComplete);
  const inShift = useAppStore((s) => s.shiftState !== null);
  // The shift's queue: the same selector the waiting-area panel reads, so the 3D line and the words agree.
  const waiting = useAppStore(selectWaitingFigures);
  const [stage, setStage] = useState(0);
  const events = useMemo(() => sceneEvents(store), [store]);
  const withQueue = useMemo(() => ({ ...model, patients: [...model.patients, ...waiting] }), [model, waiting]);
  const mounted = useCallback(() => setStage((s) => Math.max(s, 1)), []);
  const ready = useCallback(() => setStage(2), []);
  const restart = useCallback(() => store.getState().restartEncounter(), [store]);

  return (
    <div className="game">
      <ShiftBar />
      {/* Once the report is up, the pharmacy behind it is out of the tab order and out of reach. */}
      <div className="game-main" inert={complete}>
        <div className="game-view">
          <Suspense fallback={<LoadingScreen stage={0} />}>
            <SceneStage onMounted={mounted} />
            <PharmacyCanvas model={withQueue} events={events} onReady={ready} />
          </Suspense>
          {stage === 1 && <LoadingScreen stage={1} />}
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

/** Marks the moment the scene's code has arrived (Suspense resolved) so the bar moves on. */
function SceneStage({ onMounted }: { onMounted(): void }) {
  useEffect(onMounted, [onMounted]);
  return null;
}
