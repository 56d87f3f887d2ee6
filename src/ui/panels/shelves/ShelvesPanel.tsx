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
import { actions, lotsOf, onHand, SHORTAGE_RESOLUTIONS, wordsFor, type ResolvedEncounter } from '../../../core';
import { useLanguage } from '../../language';
import type { TFunction } from 'i18next';
import { ReceivingBlock } from './ReceivingBlock';

/** What is on hand of a product, when the scenario says (an empty string when there is plenty). */
function onHandText(scenario: ResolvedEncounter, productId: string, t: TFunction): string {
  const n = onHand(scenario, productId);
  if (!Number.isFinite(n)) return '';
  return n === 0 ? t('stock.emptySlot') : t('stock.onHand', { n, unit: scenario.products.get(productId)?.dispenseUnit ?? '' });
}

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
  const language = useLanguage();
  // A delivery has no prescription to fill: the shelves are where its tote is received.
  if (scenario?.delivery) return <ReceivingBlock />;
  if (!scenario || !rx) return null;
  const date = wordsFor(language).date;
  const inHand = bottles.find((b) => b.productId === rx.selectedProductId);
  const heldLot = inHand === undefined ? undefined : lotsOf(scenario, inHand.productId).find((l) => l.lot === rx.lot);
  const atShelf = rx.status === 'selection' || rx.status === 'count';
  return (
    <div className="panel-stack">
      <section className="panel-block" aria-labelledby="in-hand">
        <h3 id="in-hand">{t('shelves.inHand')}</h3>
        {inHand ? (
          <>
            <p className="bottle-name">
              {inHand.labelName} {inHand.strength} · NDC {inHand.ndc}
            </p>
            {heldLot && <p>{t('stock.inHandLot', { lot: heldLot.lot, expires: date(heldLot.expires) })}</p>}
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
          {bottles.map((b) => {
            const lots = lotsOf(scenario, b.productId);
            const stock = onHandText(scenario, b.productId, t);
            return (
              <li key={b.productId} className="shelf-item">
                <span className="shelf-swatch" style={{ background: b.capColour }} aria-hidden="true" />
                <span className="shelf-text">
                  <span className="bottle-name">{b.labelName}</span> {b.strength}
                  <span className="ndc">NDC {b.ndc}</span>
                  {stock && <span className="ndc">{stock}</span>}
                </span>
                {b.empty ? null : lots.length === 0 ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={t('shelves.takeLabel', { name: b.labelName, strength: b.strength, ndc: b.ndc })}
                    onClick={() => dispatch(actions.selectProduct(rx.id, b.productId))}
                  >
                    {t('shelves.take')}
                  </button>
                ) : (
                  <ul className="shelf-lots" aria-label={`${t('stock.lotsHeading')}: ${b.labelName} ${b.strength}`}>
                    {lots.map((l) => (
                      <li key={l.lot}>
                        {t('stock.lot', { lot: l.lot, expires: date(l.expires) })}{' '}
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-label={t('stock.takeLot', { name: `${b.labelName} ${b.strength}`, lot: l.lot, expires: date(l.expires) })}
                          onClick={() => dispatch(actions.selectProduct(rx.id, b.productId, l.lot))}
                        >
                          {t('stock.takeLotButton')}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
        {inHand && <p className="hint">{t('shelves.returnFirst')}</p>}
      </section>
      {atShelf && (
        <section className="panel-block" aria-labelledby="shortage-heading">
          <h3 id="shortage-heading">{t('stock.shortageHeading')}</h3>
          {rx.shortageReported ? (
            <p className="status-done">{t('stock.shortageDone')}</p>
          ) : (
            <>
              <p className="field-note">{t('stock.shortageHint')}</p>
              <div className="btn-row">
                {SHORTAGE_RESOLUTIONS.map((r) => (
                  <button key={r} type="button" className="btn" onClick={() => dispatch(actions.reportShortage(rx.id, r))}>
                    {t(`stock.propose.${r}`)}
                  </button>
                ))}
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
