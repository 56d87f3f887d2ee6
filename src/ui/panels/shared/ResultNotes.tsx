import { useTranslation } from 'react-i18next';
import { selectMode } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { useLanguage } from '../../language';
import { OUTCOME_ICONS } from '../../outcomeIcons';
import { renderResult, type Result } from '../../../core';

/** The engine's verdict on one action, shown where it happened; in assessment mode only a neutral "done". */
export function ResultNotes({ results, neutral }: { results: readonly Result[]; neutral: string }) {
  const { t } = useTranslation();
  const mode = useAppStore(selectMode);
  const language = useLanguage();
  if (results.length === 0) return null;
  if (mode === 'assessment') return <p className="result-note">{neutral}</p>;
  return (
    <ul className="result-notes">
      {results.map((r, i) => {
        return (
          <li key={`${r.code}-${i}`} className={`result-note outcome-${r.outcome}`}>
            <span aria-hidden="true">{OUTCOME_ICONS[r.outcome]} </span>
            <strong>{t(`outcome.${r.outcome}`)}:</strong> {renderResult(r, language)}
          </li>
        );
      })}
    </ul>
  );
}
