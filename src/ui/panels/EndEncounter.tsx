import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { selectDispatch, selectIsComplete } from '../../state/selectors';
import { useAppStore } from '../../state/StoreContext';
import { actions } from '../../core';

/** Ends the encounter (for when every prescription was stopped); asks once, because it cannot be undone. */
export function EndEncounter() {
  const { t } = useTranslation();
  const dispatch = useAppStore(selectDispatch);
  const complete = useAppStore(selectIsComplete);
  const [asking, setAsking] = useState(false);
  // The question belongs to one encounter: once it ends, the next one starts without it.
  useEffect(() => {
    if (complete) setAsking(false);
  }, [complete]);
  if (complete) return null;
  if (!asking) {
    return (
      <button type="button" className="btn btn-quiet" onClick={() => setAsking(true)}>
        {t('station.end')}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('station.endAsk')} className="btn-row">
      <span>{t('station.endNow')}</span>
      <button type="button" className="btn" onClick={() => dispatch(actions.endEncounter())}>
        {t('station.endYes')}
      </button>
      <button type="button" className="btn" onClick={() => setAsking(false)}>
        {t('station.keepWorking')}
      </button>
    </div>
  );
}
