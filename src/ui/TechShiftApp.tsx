import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createSoundBoard, type SoundBoard } from '../audio/soundBoard';
import { ImportedFiles } from '../platform/importedFiles';
import { launchMode } from '../platform/lms/launchTarget';
import { LmsStatusLine } from '../platform/lms/LmsStatusLine';
import { lmsLink } from '../platform/lms/lmsLink';
import { useLmsResults } from '../platform/lms/useLmsResults';
import { recordDrillOutcome } from '../platform/progress/pageProgress';
import { listLibrary, type LibraryEntry } from '../platform/scenarioLibrary';
import { AppStoreProvider, browserStore, type Mode } from '../state';
import type { DrillOutcome, DrillSetup } from '../core';
import { DrillScreen } from './drills/DrillScreen';
import { installExpertHook } from './game/debugExpert';
import { GameScreen } from './game/GameScreen';
import { useGameAudio } from './game/useGameAudio';
import { MainMenu } from './menu/MainMenu';
import { SettingsDialog } from './menu/SettingsDialog';
import { ProblemList } from './menu/ProblemList';
import { ProgressPanel } from './progress/ProgressPanel';
import { usePointsAndBadges } from './progress/usePointsAndBadges';
import { DropZone } from './import/DropZone';
import { ImportNoticePanel } from './import/ImportNoticePanel';
import { OpenFileButton } from './import/OpenFileButton';
import { useFileImport } from './import/useFileImport';
import { ResumePrompt } from './session/ResumePrompt';
import { StorageNotice } from './session/StorageNotice';
import { useLabSession } from './session/labSessionContext';
import { useSession } from './session/useSession';
import { ShiftSummary } from './shift/ShiftSummary';
import { UpdateNotice } from './update/UpdateNotice';
import { useLanguageSetting } from './i18n/useLanguageSetting';
import { useStore } from 'zustand';

const params = new URLSearchParams(window.location.search);

/** The whole game: menu, the pharmacy during play, and the end-of-shift summary. */
export function TechShiftApp() {
  const { t } = useTranslation();
  const store = browserStore();
  const lab = useLabSession();
  const allowFiles = lab?.config.allowOpeningScenarioFiles ?? true;
  const [refusedFiles, setRefusedFiles] = useState(false);
  // Read at mount, not at load: after End session the link is gone and the fresh game starts at the menu.
  const startPath = useMemo(() => new URLSearchParams(window.location.search).get('scenario'), []);
  const entries = useMemo<LibraryEntry[]>(() => listLibrary(), []);
  const [board, setBoard] = useState<SoundBoard | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [menuMode, setMenuMode] = useState<Mode>(launchMode(params) ?? 'practice');
  // A drill runs over the menu; `run` counts "Same seed again" so the screen starts afresh.
  const [drill, setDrill] = useState<{ setup: DrillSetup; run: number } | null>(null);
  // Opened files fall back to the shipped library, so one source serves both.
  const imported = useMemo(() => new ImportedFiles(), []);
  const session = useSession(store, imported, startPath, launchMode(params) ?? 'practice', lmsLink() !== null);
  useGameAudio(store, board);
  // Points before the LMS: a SCORM course finishes the attempt when its patient is done, and the points must reach suspend data first.
  usePointsAndBadges(store, board);
  useLanguageSetting(useStore(store, (s) => s.settings.language));
  useLmsResults(store);

  useEffect(() => {
    if (params.has('debug')) installExpertHook(store);
  }, [store]);

  const unlockAudio = useCallback(() => {
    // Must run inside the click: browsers only start audio from a user gesture.
    const next = board ?? createSoundBoard();
    next.unlock();
    next.startAmbience();
    if (!board) setBoard(next);
  }, [board]);
  // A fresh game after End session must not leave the last one's room tone playing.
  useEffect(() => () => board?.dispose(), [board]);

  const start = useCallback(
    (entry: LibraryEntry, mode: Mode) => {
      unlockAudio();
      session.start(entry.path, entry.kind, mode);
    },
    [unlockAudio, session],
  );

  const playOpened = useCallback(
    (path: string, kind: 'encounter' | 'shift') => {
      unlockAudio();
      // From the menu, the mode chosen there; during play, the mode being played.
      session.start(path, kind, session.view.kind === 'menu' ? menuMode : store.getState().mode);
    },
    [unlockAudio, session, store, menuMode],
  );
  const fileImport = useFileImport(imported, playOpened);
  const refuseFiles = useCallback(() => setRefusedFiles(true), []);
  // A finished drill counts toward points and badges, like a finished encounter.
  const drillFinished = useCallback((outcome: DrillOutcome) => void recordDrillOutcome(outcome), []);

  return (
    <AppStoreProvider store={store}>
      <div className="app">
        {session.view.kind === 'menu' && drill && (
          <DrillScreen
            key={drill.run}
            setup={drill.setup}
            onDrillFinished={drillFinished}
            onMenu={() => setDrill(null)}
            onAgain={() => setDrill({ setup: drill.setup, run: drill.run + 1 })}
          />
        )}
        {session.view.kind === 'menu' && !drill && (
          <MainMenu
            entries={entries}
            mode={menuMode}
            onModeChange={setMenuMode}
            onStart={start}
            onOpenSettings={() => setSettingsOpen(true)}
            onStartDrill={(setup) => setDrill({ setup, run: 0 })}
          >
            {session.view.notice && (
              <p className="menu-notice" role="status">
                {session.view.notice}
              </p>
            )}
            <ProblemList problems={session.view.problems} />
            {allowFiles && <OpenFileButton onFiles={fileImport.openFiles} />}
            <ProgressPanel entries={entries} />
            <p className="menu-instructor">
              {t('menu.instructorsBefore')} <a href="./instructor.html">{t('menu.instructorsLink')}</a> {t('menu.instructorsAfter')}
            </p>
          </MainMenu>
        )}
        {session.view.kind === 'resume' && (
          <ResumePrompt
            offer={session.view.offer}
            onContinue={() => {
              unlockAudio();
              session.continueSaved();
            }}
            onStartFresh={() => {
              unlockAudio();
              session.startFresh();
            }}
          />
        )}
        {session.view.kind === 'playing' && <GameScreen onNextPatient={session.nextPatient} onMenu={session.toMenu} />}
        {session.view.kind === 'shiftOver' && <ShiftSummary onMenu={session.toMenu} />}
        <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        <ImportNoticePanel notice={fileImport.notice} onDismiss={fileImport.dismiss} />
        {allowFiles ? <DropZone onFiles={fileImport.openFiles} /> : <DropZone onFiles={refuseFiles} message={t('menu.filesOffDrop')} />}
        {/* The live region stays mounted, so the note is announced when it appears. */}
        <div role="status">
          {refusedFiles && (
            <p className="import-refused">
              {t('menu.filesOff')}{' '}
              <button type="button" onClick={() => setRefusedFiles(false)}>
                {t('menu.close')}
              </button>
            </p>
          )}
        </div>
        <StorageNotice />
        <UpdateNotice />
        <LmsStatusLine />
      </div>
    </AppStoreProvider>
  );
}
