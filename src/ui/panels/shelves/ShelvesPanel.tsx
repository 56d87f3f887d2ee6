import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { shelfBottles } from '../../../state/toSceneModel';
import {
  lastActionIndex,
  lastActionResults,
  selectCurrentRx,
  selectDispatch,
  selectEncounter,
  selectLog,
  selectScenario,
} from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { ResultNotes } from '../shared/ResultNotes';
import { actions } from '../../../core';

/** The shelf as a list, in shelf order (look-alikes sit together, as in the 3D view): take, return, scan. */
export function ShelvesPanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentRx);
  const dispatch = useAppStore(selectDispatch);
  const log = useAppStore(selectLog);
  const encounter = useAppStore(selectEncounter);
  const bottles = useMemo(() => (scenario ? shelfBottles(scenario) : []), [scenario]);
  const scanResults = useMemo(() => {
    // A scan speaks only for the bottle that was in hand at the time, not for one taken since.
    const scannedAfterTaking = lastActionIndex(log, 'scanProduct', rx?.id) > lastActionIndex(log, 'selectProduct', rx?.id);
    return scannedAfterTaking ? lastActionResults(log, encounter, 'scanProduct', rx?.id) : [];
  }, [log, encounter, rx?.id]);
  if (!scenario || !rx) return null;
  const inHand = bottles.find((b) => b.productId === rx.selectedProductId);
  return (
    <div className="panel-stack">
      <section className="panel-block" aria-labelledby="in-hand">
        <h3 id="in-hand">{t('shelves.inHand')}</h3>
        {inHand ? (
          <>
            <p className="bottle-name">
              {inHand.labelName} {inHand.strength} · NDC {inHand.ndc}
            </p>
            <div className="btn-row">
              <button type="button" className="btn btn-primary" onClick={() => dispatch(actions.scanProduct(rx.id))}>
                {t('shelves.scan')}
              </button>
              <button type="button" className="btn" onClick={() => dispatch(actions.returnProduct(rx.id))}>
                {t('shelves.return')}
              </button>
            </div>
            <ResultNotes results={scanResults} neutral={t('shelves.scanned')} />
          </>
        ) : (
          <p>{t('shelves.nothing')}</p>
        )}
      </section>
      <section className="panel-block" aria-labelledby="shelf-heading">
        <h3 id="shelf-heading">{t('shelves.shelf')}</h3>
        <ul className="shelf-list">
          {bottles.map((b) => (
            <li key={b.productId} className="shelf-item">
              <span className="shelf-swatch" style={{ background: b.capColour }} aria-hidden="true" />
              <span className="shelf-text">
                <span className="bottle-name">{b.labelName}</span> {b.strength}
                <span className="ndc">NDC {b.ndc}</span>
              </span>
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('shelves.takeLabel', { name: b.labelName, strength: b.strength, ndc: b.ndc })}
                onClick={() => dispatch(actions.selectProduct(rx.id, b.productId))}
              >
                {t('shelves.take')}
              </button>
            </li>
          ))}
        </ul>
        {inHand && <p className="hint">{t('shelves.returnFirst')}</p>}
      </section>
    </div>
  );
}
