import { useTranslation } from 'react-i18next';
import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { wipeStudentData } from '../../platform/endSession';
import type { LabConfig } from '../../platform/labConfig/labConfigSchema';
import { loadLabConfig } from '../../platform/labConfig/loadLabConfig';
import { currentStudentStorage, openStudentStorage } from '../../platform/studentStorage';
import { setStudentStorage } from '../../state/browserStore';
import { IdleCountdown } from './IdleCountdown';
import { LabSessionContext, type LabSessionValue } from './labSessionContext';
import './session.css';

/**
 * The shared-machine shell: reads the lab's `techshift.config.json` at boot, opens the student's
 * storage as it says, and after End session (or the idle wipe) wipes everything and remounts the
 * game, so nothing of the last student is left in storage or in memory.
 */
export function LabSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [config, setConfig] = useState<LabConfig | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void loadLabConfig().then((loaded) => {
      if (!live) return;
      setStudentStorage(openStudentStorage(loaded.keepProgress));
      setConfig(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  const endSession = useCallback(async () => {
    if (!config) return;
    await wipeStudentData();
    forgetStartLink();
    // A new storage (and a new in-memory fallback) and, through the key below, a new store and game.
    setStudentStorage(openStudentStorage(config.keepProgress));
    setGeneration((g) => g + 1);
  }, [config]);

  const value = useMemo<LabSessionValue | null>(
    () => (config ? { config, storage: currentStudentStorage(), endSession } : null),
    // After a wipe (a new generation) the storage is a new object.
    [config, endSession, generation],
  );

  if (!value) {
    return (
      <p className="boot-note" role="status">
        {t('session.opening')}
      </p>
    );
  }
  return (
    <LabSessionContext.Provider value={value}>
      <Fragment key={generation}>
        {children}
        <IdleCountdown />
      </Fragment>
    </LabSessionContext.Provider>
  );
}

/** A `?scenario=` link belongs to the student who opened it: the next one starts at the menu. */
function forgetStartLink(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('scenario')) return;
  url.searchParams.delete('scenario');
  window.history.replaceState(window.history.state, '', url);
}
