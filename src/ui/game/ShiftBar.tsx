import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { selectScenario, selectShiftBar, selectWaitingNames, useAppStore, useAppStoreApi } from '../../state';
import { clockText, minutesText } from './clockText';
import { useAuthorText } from '../language';

/**
 * The top bar: who is at the counter, who is waiting, and the clock in scenario time. A 1-second
 * timer repaints the clock through refs (so it never re-renders React) and asks the store to check
 * the clock; the store, not this timer, decides when time is up and who has walked in.
 */
export function ShiftBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const scenario = useAppStore(selectScenario);
  const authorText = useAuthorText();
  const bar = useAppStore(selectShiftBar);
  const queue = useAppStore(selectWaitingNames);
  const clock = useRef<HTMLSpanElement>(null);
  const left = useRef<HTMLSpanElement>(null);
  const startsAt = bar?.startsAt ?? null;
  const limit = bar?.limitSeconds ?? null;
  // The timer paints with the words of the language in force when it ticks.
  const words = useRef(t);
  words.current = t;

  useEffect(() => {
    const tick = () => {
      const s = store.getState();
      s.checkClock();
      const elapsed = s.shiftClock();
      if (clock.current) clock.current.textContent = startsAt === null ? minutesText(elapsed) : clockText(startsAt, elapsed);
      if (limit !== null && left.current) {
        const remaining = limit - elapsed;
        const up = remaining <= 0 || s.shiftState?.timeUpAt != null;
        left.current.textContent = up ? words.current('shiftBar.timeUp') : words.current('shiftBar.left', { time: minutesText(remaining) });
      }
    };
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
    // A new patient at the counter (`bar` changes) repaints at once: the clock may have moved on to their arrival.
  }, [store, bar, startsAt, limit]);

  if (!scenario) return null;
  return (
    <header className="shift-bar">
      <p className="shift-bar-patient">
        {scenario.delivery ? (
          <>
            <span className="shift-bar-label">{t('receiving.backRoom')}</span> {authorText(scenario.title)}
          </>
        ) : (
          <>
            <span className="shift-bar-label">{t('shiftBar.atCounter')}</span> {scenario.patient.firstName} {scenario.patient.lastName}
          </>
        )}
        {bar && <span className="shift-bar-count">{t('shiftBar.patientOf', { n: bar.patientNumber, total: bar.patientCount })}</span>}
      </p>
      {bar && (
        <p className="shift-bar-queue">
          <span className="shift-bar-label">{t('shiftBar.waiting')}</span> {queue.length ? queue.join(', ') : t('shiftBar.nobody')}
        </p>
      )}
      <p className="shift-bar-clock">
        <span className="shift-bar-label">{bar ? t('shiftBar.clock') : t('shiftBar.timeSpent')}</span> <span ref={clock} />
        {limit !== null && (
          <>
            {' '}
            · <span ref={left} />
          </>
        )}
      </p>
    </header>
  );
}
