import { selectMode } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { useLanguage } from '../../language';
import { OUTCOME_WORDS } from '../../outcomeWords';
import { renderResult, type Result } from '../../../core';

/** The engine's verdict on one action, shown where it happened; in assessment mode only a neutral "done". */
export function ResultNotes({ results, neutral }: { results: readonly Result[]; neutral: string }) {
  const mode = useAppStore(selectMode);
  const language = useLanguage();
  if (results.length === 0) return null;
  if (mode === 'assessment') return <p className="result-note">{neutral}</p>;
  return (
    <ul className="result-notes">
      {results.map((r, i) => {
        const w = OUTCOME_WORDS[r.outcome];
        return (
          <li key={`${r.code}-${i}`} className={`result-note outcome-${r.outcome}`}>
            <span aria-hidden="true">{w.icon} </span>
            <strong>{w.word}:</strong> {renderResult(r, language)}
          </li>
        );
      })}
    </ul>
  );
}
