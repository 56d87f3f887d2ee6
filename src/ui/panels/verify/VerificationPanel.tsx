import { useMemo } from 'react';
import { fullProductName } from '../../../state/productNames';
import {
  lastActionResults,
  selectCurrentPrescription,
  selectCurrentRx,
  selectDispatch,
  selectEncounter,
  selectLog,
  selectMode,
  selectScenario,
} from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { useLanguage } from '../../language';
import { OUTCOME_WORDS } from '../../outcomeWords';
import { actions, renderResult } from '../../../core';
import { ErrorReportBlock } from './ErrorReportBlock';

/** The pharmacist's station: hand over the basket, hear what the pharmacist says. */
export function VerificationPanel() {
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentPrescription);
  const progress = useAppStore(selectCurrentRx);
  const dispatch = useAppStore(selectDispatch);
  const mode = useAppStore(selectMode);
  const log = useAppStore(selectLog);
  const encounter = useAppStore(selectEncounter);
  const language = useLanguage();
  const results = useMemo(() => lastActionResults(log, encounter, 'submitForVerification', rx?.id), [log, encounter, rx?.id]);
  // An earlier error's encounter has no basket to check: only the error protocol.
  if (scenario?.errorDiscovered) return <ErrorReportBlock />;
  if (!scenario || !rx || !progress) return null;
  const product = progress.entry ? scenario.products.get(progress.entry.productId) : undefined;
  const handedOver = results.length > 0;
  // Assessment keeps the verdict for the report; the pharmacist still says what happens to the basket.
  const neutral =
    progress.status === 'verified'
      ? "Checked. I'll bag it for pick-up."
      : progress.status === 'held'
        ? "I'm holding this one; leave it with me."
        : "This one isn't ready for me yet.";
  return (
    <div className="panel-stack">
      <ErrorReportBlock />
      <section className="panel-block" aria-labelledby="basket-heading">
        <h3 id="basket-heading">Basket</h3>
        <ul className="basket">
          <li>
            Prescription: {rx.drugAsWritten} · #{rx.quantity}
          </li>
          <li>Entered: {product ? fullProductName(product) : 'not entered yet'}</li>
          <li>In the vial: {progress.counted === null ? 'nothing yet' : progress.counted}</li>
          <li>Label: {progress.auxiliaryLabels ? 'printed' : 'not printed yet'}</li>
        </ul>
        {progress.status !== 'verified' && progress.status !== 'held' && (
          <button type="button" className="btn btn-primary" onClick={() => dispatch(actions.submitForVerification(rx.id))}>
            Hand the basket to the pharmacist
          </button>
        )}
      </section>
      {handedOver && (
        <section className="panel-block" aria-label="Pharmacist says">
          <div className="speech-bubble speech-pharmacist" aria-live="polite">
            <span className="speech-speaker">Pharmacist:</span>{' '}
            {mode === 'assessment' ? (
              neutral
            ) : (
              <ul className="result-notes">
                {results.map((r, i) => (
                  <li key={`${r.code}-${i}`} className={`result-note outcome-${r.outcome}`}>
                    <span aria-hidden="true">{OUTCOME_WORDS[r.outcome].icon} </span>
                    <strong>{OUTCOME_WORDS[r.outcome].word}:</strong> {renderResult(r, language)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
