import { useTranslation } from 'react-i18next';
import { renderPriority, type PriorityDecision } from '../../core';
import { useLanguage } from '../language';
import { OUTCOME_ICONS } from '../outcomeIcons';

/** Each choice the student made between patients and back-room tasks, with what / why / how; nothing when there was no choice. */
export function PrioritySummary({ decisions }: { decisions: readonly PriorityDecision[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (decisions.length === 0) return null;
  return (
    <section className="shift-priorities" aria-labelledby="shift-priorities-heading">
      <h3 id="shift-priorities-heading">{t('prioritySummary.heading')}</h3>
      <ul className="report-items">
        {decisions.map((d, i) => {
          const words = renderPriority(d, language);
          return (
            <li key={`${d.code}-${i}`} className={`result-note outcome-${d.outcome}`}>
              <span aria-hidden="true">{OUTCOME_ICONS[d.outcome]} </span>
              <strong>{d.outcome === 'good' ? t('prioritySummary.good') : t('prioritySummary.mistake')}:</strong> {words.what}{' '}
              <span>
                {t('prioritySummary.why')} {words.why}
              </span>{' '}
              <span>
                {t('prioritySummary.how')} {words.how}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
