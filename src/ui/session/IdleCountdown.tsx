import { useTranslation } from 'react-i18next';
import { useEffect, useId, useState } from 'react';
import { browserClock } from '../../platform/clock';
import { browserStore } from '../../state/browserStore';
import { useLabSession } from './labSessionContext';

/** What counts as someone at the machine: "any key or click keeps the session". */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * The lab's idle wipe: after `endSessionWhenIdleMinutes` without a key or a click, the session
 * ends as if the student had pressed End session. The last `idleWarningSeconds` are counted down
 * on screen first. The clock only runs while there is something to wipe.
 */
export function IdleCountdown() {
  const { t } = useTranslation();
  const lab = useLabSession();
  const minutes = lab?.config.endSessionWhenIdleMinutes;
  const warningSeconds = lab?.config.idleWarningSeconds ?? 60;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const id = useId();

  useEffect(() => {
    if (!lab || minutes === undefined) return;
    const limit = minutes * 60_000;
    const warnFrom = limit - Math.min(warningSeconds * 1000, limit);
    let lastActive = browserClock();
    let ending = false;
    const active = () => {
      lastActive = browserClock();
      setSecondsLeft(null);
    };
    // Capture: dialogs stop their keys from reaching the pharmacy's shortcuts, not from counting as activity.
    for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true });
    const tick = () => {
      if (ending) return;
      const somethingToWipe = lab.storage.holdsAnything() || browserStore().getState().scenario !== null;
      if (!somethingToWipe) return active();
      const idle = browserClock() - lastActive;
      if (idle >= limit) {
        ending = true;
        void lab.endSession();
        return;
      }
      setSecondsLeft(idle >= warnFrom ? Math.ceil((limit - idle) / 1000) : null);
    };
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
    };
  }, [lab, minutes, warningSeconds]);

  // The live region stays mounted, so the warning is announced when it appears; the seconds
  // themselves are a timer, which screen readers do not read out every second.
  return (
    <div role="status">
      {secondsLeft !== null && (
        <section className="idle-countdown" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t('session.idleTitle')}</h2>
          <p>
            {t('session.idleBefore')}{' '}
            <strong role="timer" aria-live="off">
              {t('session.seconds', { count: secondsLeft })}
            </strong>{' '}
            {t('session.idleAfter')}
          </p>
          <p>{t('session.idleKeep')}</p>
        </section>
      )}
    </div>
  );
}
