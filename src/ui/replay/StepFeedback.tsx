import { useTranslation } from 'react-i18next';
import type { Mode } from '../../state';
import type { ResolvedEncounter, Result } from '../../core';
import { OUTCOME_ICONS } from '../outcomeIcons';
import { useLanguage } from '../language';
import { resultWords } from '../results/resultWords';

/** The feedback the student got for one step, beside the replayed panels; what assessment mode held back is said so. */
export function StepFeedback({
  results,
  scenario,
  mode,
  atEnd,
}: {
  results: readonly Result[];
  scenario: ResolvedEncounter;
  mode: Mode;
  atEnd: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = mode === 'practice' ? t('replay.toldPractice') : t('replay.toldAssessment');
  return (
    <section className="replay-feedback" aria-labelledby="replay-feedback-heading">
      <h3 id="replay-feedback-heading">{heading}</h3>
      {mode === 'assessment' && <p className="hint">{t('replay.assessmentNote')}</p>}
      {results.length === 0 ? (
        <p>{atEnd ? t('replay.nothingMore') : t('replay.nothingHere')}</p>
      ) : (
        <ul className="replay-feedback-items">
          {results.map((r, i) => {
            const words = resultWords(r, scenario, language);
            return (
              <li key={`${r.code}-${i}`} className={`replay-outcome-${r.outcome}`}>
                <strong>
                  <span aria-hidden="true">{OUTCOME_ICONS[r.outcome]} </span>
                  {t(`outcome.${r.outcome}`)}
                  {r.points !== 0 ? ` (${r.points > 0 ? '+' : ''}${r.points})` : ''}:
                </strong>{' '}
                {words.what}
                {r.outcome !== 'good' && (
                  <>
                    <br />
                    <span className="replay-why">{t('replay.whyMatters', { why: words.why })}</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
