import { useTranslation } from 'react-i18next';
import { ProblemList } from '../menu/ProblemList';
import type { ImportNotice } from './useFileImport';
import { formatProblem } from '../../core';
import { useLanguage } from '../language';

/** The checker's verdict on opened files, as a panel the current game keeps running behind. */
export function ImportNoticePanel({ notice, onDismiss }: { notice: ImportNotice | null; onDismiss(): void }) {
  const language = useLanguage();
  const { t } = useTranslation();
  if (!notice || (notice.problems.length === 0 && notice.warnings.length === 0)) return null;
  return (
    <div className="import-panel">
      <ProblemList problems={notice.problems} title={t('import.failed')} />
      {notice.warnings.length > 0 && (
        <section className="warning-list" role="status" aria-labelledby="import-warnings-title">
          <h2 id="import-warnings-title">{t('import.warnings')}</h2>
          <ul>
            {notice.warnings.map((w, i) => (
              <li key={i}>
                <code>{formatProblem(w, language)}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" onClick={onDismiss}>
        {t('import.close')}
      </button>
    </div>
  );
}
