import { useTranslation } from 'react-i18next';
import type { ComponentType } from 'react';
import { selectMode, selectNextStep, selectScenario, selectSelectedRxId, selectStation } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreContext';
import '../panels.css';
import { CountingPanel } from './counting/CountingPanel';
import { DataEntryPanel } from './entry/DataEntryPanel';
import { DropOffPanel } from './dropoff/DropOffPanel';
import { EndEncounter } from './EndEncounter';
import { FlagProblemDialog } from './flag/FlagProblemDialog';
import { LabelPanel } from './label/LabelPanel';
import { nextHintText } from './nextHint';
import { PhonePanel } from './phone/PhonePanel';
import { PickUpPanel } from './pickup/PickUpPanel';
import { RxPicker } from './RxPicker';
import { ShelvesPanel } from './shelves/ShelvesPanel';
import { StationNav } from './StationNav';
import { useLanguage } from '../language';
import { PER_RX_STATIONS } from './stationNames';
import { useStationKeys } from './useStationKeys';
import { VerificationPanel } from './verify/VerificationPanel';
import { WaitingPanel } from './waiting/WaitingPanel';
import type { StationId } from '../../core';

const PANELS: Record<StationId, ComponentType> = {
  dropoff: DropOffPanel,
  entry: DataEntryPanel,
  shelves: ShelvesPanel,
  counting: CountingPanel,
  label: LabelPanel,
  verify: VerificationPanel,
  pickup: PickUpPanel,
  phone: PhonePanel,
  waiting: WaitingPanel,
};

/**
 * The side panel: the current station's panel under its heading, and the flag-a-problem control
 * (button and F key). `showStationNav` adds station buttons and the 1–9 keys, for pages without the HUD's own.
 */
export function StationPanel({ showStationNav = false }: { showStationNav?: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const station = useAppStore(selectStation);
  const scenario = useAppStore(selectScenario);
  const rxId = useAppStore(selectSelectedRxId);
  const mode = useAppStore(selectMode);
  const next = useAppStore(selectNextStep);
  const dialogOpen = useAppStore((s) => s.flagDialogOpen);
  const openFlagDialog = useAppStore((s) => s.openFlagDialog);
  const language = useLanguage();
  useStationKeys(store, showStationNav);
  if (!scenario)
    return (
      <aside className="station-panel" aria-label={t('station.label')}>
        <p>{t('station.noPatient')}</p>
      </aside>
    );
  const Panel = PANELS[station];
  return (
    <aside className="station-panel" aria-labelledby="station-heading">
      {showStationNav && <StationNav />}
      <h2 id="station-heading" className="station-heading">
        {t(`stations.${station}`)}
      </h2>
      {mode === 'practice' && next && (
        <p className="next-hint">
          <span aria-hidden="true">➜ </span>
          {nextHintText(next, language, t)}
        </p>
      )}
      {PER_RX_STATIONS.has(station) && <RxPicker />}
      {/* Keyed so a half-filled form never carries over to another prescription or station. */}
      <div className="station-body">
        <Panel key={`${station}:${rxId ?? ''}`} />
      </div>
      <footer className="station-footer">
        <button type="button" className="btn" onClick={() => openFlagDialog()} aria-keyshortcuts="F">
          <span aria-hidden="true">⚑ </span>
          {t('station.flag')} <kbd>F</kbd>
        </button>
        <EndEncounter />
      </footer>
      {dialogOpen && <FlagProblemDialog />}
    </aside>
  );
}
