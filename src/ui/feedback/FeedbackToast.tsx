import { useTranslation } from 'react-i18next';
import { useEffect, useMemo } from 'react';
import { selectHeldCount, selectLatestFeedback, selectMode, selectSettings } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreContext';
import { useLanguage } from '../language';
import { OUTCOME_ICONS } from '../outcomeIcons';

const SEVERITY = { critical: 3, mistake: 2, info: 1, good: 0 } as const;

/**
 * Praise and notes step aside on their own so the pharmacy stays in view; anything to fix stays
 * until dismissed. Every message is also in the end-of-encounter report.
 */
const GOOD_NEWS_MS = 6000;
import '../panels.css';
import { renderFeedback } from '../../core';

/** The latest feedback: a short visible list, plus live regions so screen readers hear each new message once. */
export function FeedbackToast() {
  const { t } = useTranslation();
  const messages = useAppStore(selectLatestFeedback);
  const mode = useAppStore(selectMode);
  const held = useAppStore(selectHeldCount);
  const dismiss = useAppStore((s) => s.dismissFeedback);
  const reducedMotion = useAppStore((s) => selectSettings(s).reducedMotion);
  const language = useLanguage();
  // The store keeps results; their words are rendered here, when they are shown.
  const shown = useMemo(() => messages.map((m) => ({ ...m, ...renderFeedback(m.result, language) })), [messages, language]);
  // Announce the most serious of what is on show (the newest among equals), once.
  const latest = shown.reduce<(typeof shown)[number] | undefined>(
    (worst, m) => (!worst || SEVERITY[m.outcome] >= SEVERITY[worst.outcome] ? m : worst),
    undefined,
  );
  const spoken = latest ? t('feedback.spoken', { word: t(`outcome.${latest.outcome}`), what: latest.what, why: latest.why }) : '';
  const store = useAppStoreApi();
  useEffect(() => {
    if (!messages.some((m) => m.outcome === 'good' || m.outcome === 'info')) return;
    // All of the good news goes at once, so older praise does not surface in its place.
    const timer = window.setTimeout(() => {
      for (const m of store.getState().feedback) if (m.outcome === 'good' || m.outcome === 'info') dismiss(m.id);
    }, GOOD_NEWS_MS);
    return () => window.clearTimeout(timer);
  }, [messages, dismiss, store]);
  return (
    <section className={reducedMotion ? 'feedback reduce-motion' : 'feedback'} aria-label={t('feedback.label')}>
      {/* Both regions stay mounted: a live region added with its text already inside is not announced. */}
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {latest && latest.outcome !== 'critical' ? spoken : ''}
      </div>
      <div className="sr-only" aria-live="assertive" aria-atomic="true">
        {latest?.outcome === 'critical' ? spoken : ''}
      </div>
      {mode === 'assessment' && held > 0 && (
        <p className="feedback-held">
          <span aria-hidden="true">🔒 </span>
          {t('feedback.held', { count: held })}
        </p>
      )}
      <ul className="feedback-list">
        {shown.map((m) => {
          return (
            <li key={m.id} className={`feedback-item outcome-${m.outcome}`}>
              <p className="feedback-word">
                <span aria-hidden="true">{OUTCOME_ICONS[m.outcome]} </span>
                {t(`outcome.${m.outcome}`)}
              </p>
              <p className="feedback-what">{m.what}</p>
              <p className="feedback-why">{m.why}</p>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => dismiss(m.id)}
                aria-label={t('feedback.dismissLabel', { what: m.what })}
              >
                {t('feedback.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
