import { useCallback, useMemo } from 'react';
import type { PatientFigure } from '../../scene/sceneModel';
import { sceneEvents, selectIsComplete, selectSceneModel, useAppStore, useAppStoreApi } from '../../state';
import { FeedbackToast } from '../feedback/FeedbackToast';
import { StationPanel } from '../panels/StationPanel';
import { PharmacyView } from '../plan/PharmacyView';
import { ReportScreen } from '../report/ReportScreen';
import type { ShiftRun } from '../shift/shiftRun';
import { ShiftBar } from './ShiftBar';
import { ShiftQueueContext } from './ShiftQueueContext';

interface GameScreenProps {
  run: ShiftRun | null;
  /** The patients still to come in this shift, for the waiting area and the queue line. */
  waiting: PatientFigure[];
  onNextPatient(): void;
  onTimeUp(): void;
  onMenu(): void;
}

/** The pharmacy: the 3D view (or the 2D plan), the station panel beside it, the shift bar, feedback and the report. */
export function GameScreen({ run, waiting, onNextPatient, onTimeUp, onMenu }: GameScreenProps) {
  const store = useAppStoreApi();
  const model = useAppStore(selectSceneModel);
  const complete = useAppStore(selectIsComplete);
  const events = useMemo(() => sceneEvents(store), [store]);
  const withQueue = useMemo(() => ({ ...model, patients: [...model.patients, ...waiting] }), [model, waiting]);
  const restart = useCallback(() => store.getState().restartEncounter(), [store]);

  return (
    <div className="game">
      <ShiftBar run={run} queue={waiting.map((w) => w.displayName)} onTimeUp={onTimeUp} />
      {/* Once the report is up, the pharmacy behind it is out of the tab order and out of reach. */}
      <div className="game-main" inert={complete}>
        <div className="game-view">
          <PharmacyView model={withQueue} events={events} />
        </div>
        <ShiftQueueContext.Provider value={waiting}>
          <StationPanel showStationNav />
        </ShiftQueueContext.Provider>
      </div>
      <FeedbackToast />
      {complete && (
        <div className="report-overlay">
          <ReportScreen onTryAgain={restart} onNextPatient={onNextPatient} />
          <button type="button" className="btn" onClick={onMenu}>
            Back to the menu
          </button>
        </div>
      )}
    </div>
  );
}
