import { useTranslation } from 'react-i18next';
import { useState, useSyncExternalStore } from 'react';
import { updateWaiting, type UpdateWaiting } from '../../platform/offline/updateWaiting';
import './updateNotice.css';

/**
 * Offers a downloaded new version of the game. Nothing reloads until the student presses
 * "Reload to update", so a shift is never cut off; "Later" hides the offer for this visit.
 */
export function UpdateNotice({ source = updateWaiting }: { source?: UpdateWaiting }) {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(source.subscribe, source.isWaiting);
  const [later, setLater] = useState(false);
  const [reloading, setReloading] = useState(false);
  const shown = waiting && !later;
  return (
    // The live region stays mounted so the offer is announced when it appears.
    <div className="update-notice-live" role="status" aria-live="polite">
      {shown && (
        <section className="update-notice" aria-label={t('update.label')}>
          <p>{t('update.ready')}</p>
          <div className="update-notice-actions">
            <button
              type="button"
              className="primary"
              disabled={reloading}
              onClick={() => {
                setReloading(true);
                void source.reloadToUpdate();
              }}
            >
              {reloading ? t('update.reloading') : t('update.reload')}
            </button>
            <button type="button" onClick={() => setLater(true)}>
              {t('update.later')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
