import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { selectSaveStatus, useAppStore } from '../../state';
import { useLabSession } from './labSessionContext';

/**
 * Says once, and keeps saying until dismissed, that the browser is not keeping the student's work
 * (storage off, or full). Play goes on from memory; each save writes the whole log, so when storage
 * comes back the next save catches up, and the notice says so.
 */
export function StorageNotice() {
  const { t } = useTranslation();
  const lab = useLabSession();
  const status = useAppStore(selectSaveStatus);
  const inMemory = lab?.storage.where === 'memory';
  // Which trouble came first, worded in the UI's language when shown.
  const [problem, setProblem] = useState<'memory' | 'full' | 'failed' | null>(inMemory ? 'memory' : null);
  const [recovered, setRecovered] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!status.ok) {
      // The first message stays: a new alert on every failed save would drown the game.
      setProblem((p) => p ?? status.reason);
      setRecovered(false);
    } else if (!inMemory) {
      setRecovered((r) => r || problem !== null);
    }
  }, [status, inMemory, problem]);

  if (!problem || dismissed) return null;
  return (
    <section className="storage-notice" aria-label={t('session.saving')}>
      <p role="alert">
        <span aria-hidden="true">⚠ </span>
        {t(`session.save.${problem}`)}
      </p>
      <p role="status">{recovered ? t('session.recovered') : ''}</p>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('session.dismiss')}
      </button>
    </section>
  );
}
