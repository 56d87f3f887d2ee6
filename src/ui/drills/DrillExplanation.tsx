import type { FeedbackEntry } from '../../core';
import { useTranslation } from 'react-i18next';

/** What / why / how of one answer, as text (never HTML). */
export function DrillExplanation({ entry }: { entry: FeedbackEntry }) {
  const { t } = useTranslation();
  return (
    <dl className="drill-explanation">
      <dt>{t('drills.what')}</dt>
      <dd>{entry.what}</dd>
      <dt>{t('drills.why')}</dt>
      <dd>{entry.why}</dd>
      <dt>{t('drills.how')}</dt>
      <dd>{entry.how}</dd>
    </dl>
  );
}
