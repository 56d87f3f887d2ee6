import type { Mode } from '../../state';
import type { ResolvedEncounter, Result } from '../../core';
import { OUTCOME_WORDS } from '../outcomeWords';
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
  const language = useLanguage();
  const heading = mode === 'practice' ? 'What the student was told' : 'Held for the report (assessment mode)';
  return (
    <section className="replay-feedback" aria-labelledby="replay-feedback-heading">
      <h3 id="replay-feedback-heading">{heading}</h3>
      {mode === 'assessment' && <p className="hint">In assessment mode the student saw this only in the report at the end.</p>}
      {results.length === 0 ? (
        <p>{atEnd ? 'Nothing more was judged.' : 'Nothing was judged at this step.'}</p>
      ) : (
        <ul className="replay-feedback-items">
          {results.map((r, i) => {
            const words = resultWords(r, scenario, language);
            const outcome = OUTCOME_WORDS[r.outcome];
            return (
              <li key={`${r.code}-${i}`} className={`replay-outcome-${r.outcome}`}>
                <strong>
                  <span aria-hidden="true">{outcome.icon} </span>
                  {outcome.word}
                  {r.points !== 0 ? ` (${r.points > 0 ? '+' : ''}${r.points})` : ''}:
                </strong>{' '}
                {words.what}
                {r.outcome !== 'good' && (
                  <>
                    <br />
                    <span className="replay-why">Why it matters: {words.why}</span>
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
