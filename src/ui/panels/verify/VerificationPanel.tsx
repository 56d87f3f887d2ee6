import { useTranslation } from 'react-i18next';
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
import { OUTCOME_ICONS } from '../../outcomeIcons';
import { actions, renderResult } from '../../../core';
import { ErrorReportBlock } from './ErrorReportBlock';

/** The pharmacist's station: hand over the basket, hear what the pharmacist says. */
export function VerificationPanel() {
  const { t } = useTranslation();
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
    progress.status === 'verified' ? t('verify.verified') : progress.status === 'held' ? t('verify.held') : t('verify.notReady');
  return (
    <div className="panel-stack">
      <ErrorReportBlock />
      <section className="panel-block" aria-labelledby="basket-heading">
        <h3 id="basket-heading">{t('verify.basket')}</h3>
        <ul className="basket">
          <li>{t('verify.rx', { drug: rx.drugAsWritten, qty: rx.quantity })}</li>
          <li>{t('verify.entered', { drug: product ? fullProductName(product) : t('verify.notEntered') })}</li>
          <li>{t('verify.inVial', { what: progress.counted === null ? t('verify.nothingYet') : progress.counted })}</li>
          <li>{t('verify.label', { what: progress.auxiliaryLabels ? t('verify.printed') : t('verify.notPrinted') })}</li>
        </ul>
        {progress.status !== 'verified' && progress.status !== 'held' && (
          <button type="button" className="btn btn-primary" onClick={() => dispatch(actions.submitForVerification(rx.id))}>
            {t('verify.hand')}
          </button>
        )}
      </section>
      {handedOver && (
        <section className="panel-block" aria-label={t('verify.says')}>
          <div className="speech-bubble speech-pharmacist" aria-live="polite">
            <span className="speech-speaker">{t('verify.speaker')}</span>{' '}
            {mode === 'assessment' ? (
              neutral
            ) : (
              <ul className="result-notes">
                {results.map((r, i) => (
                  <li key={`${r.code}-${i}`} className={`result-note outcome-${r.outcome}`}>
                    <span aria-hidden="true">{OUTCOME_ICONS[r.outcome]} </span>
                    <strong>{t(`outcome.${r.outcome}`)}:</strong> {renderResult(r, language)}
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
