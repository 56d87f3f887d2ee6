import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullProductName } from '../../../state/productNames';
import { selectDispatch, selectEncounter, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import {
  actions,
  invoiceLineOf,
  lineSchedule,
  TOTE_VERDICTS,
  wordsFor,
  type Delivery,
  type ResolvedEncounter,
  type ToteLine,
  type ToteVerdict,
} from '../../../core';
import { useLanguage } from '../../language';

/** One tote line: what the invoice says against what came, the technician's finding, then put away, report or hand over. */
function ToteLineBlock({ scenario, delivery, line }: { scenario: ResolvedEncounter; delivery: Delivery; line: ToteLine }) {
  const encounter = useAppStore(selectEncounter);
  const dispatch = useAppStore(selectDispatch);
  const date = wordsFor(useLanguage()).date;
  const { t } = useTranslation();
  const id = useId();
  const [verdict, setVerdict] = useState<ToteVerdict | null>(null);
  if (!encounter) return null;
  const invoiced = invoiceLineOf(delivery, line);
  const product = invoiced ? scenario.products.get(invoiced.product) : undefined;
  const name = product ? fullProductName(product) : line.invoiceLine;
  const schedule = lineSchedule(scenario, delivery, line);
  const progress = encounter.delivery;
  const checked = progress.checked[line.invoiceLine];
  const key = line.invoiceLine;
  return (
    <li className="tote-line">
      <section className="panel-block" aria-labelledby={`${id}-h`}>
        <h4 id={`${id}-h`}>{t('receiving.line', { id: key, name })}</h4>
        {invoiced && <p>{t('receiving.invoiced', { ndc: invoiced.ndc, quantity: invoiced.quantity })}</p>}
        <p>{t('receiving.came', { ndc: line.ndc, quantity: line.quantity })}</p>
        <p>
          {t('receiving.lot', { lot: line.lot, expires: date(line.expires) })} ·{' '}
          {line.storage === 'refrigerator' ? t('receiving.refrigerator') : t('receiving.room')}
          {schedule !== null && ` · ${schedule === 'II' ? t('receiving.scheduleII') : t('receiving.schedule', { schedule })}`}
        </p>
        {line.damaged && <p>{t('receiving.damaged')}</p>}
        {checked === undefined ? (
          <fieldset>
            <legend>{t('receiving.findingLegend', { id: key })}</legend>
            {TOTE_VERDICTS.map((v) => (
              <label key={v} className="check">
                <input type="radio" name={`${id}-verdict`} value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
                {t(`receiving.verdicts.${v}`)}
              </label>
            ))}
            <button
              type="button"
              className="btn btn-primary"
              disabled={verdict === null}
              onClick={() => verdict !== null && dispatch(actions.checkToteLine(key, verdict))}
            >
              {t('receiving.record')}
            </button>
          </fieldset>
        ) : (
          <>
            <p className="status-done">{t('receiving.checked', { verdict: t(`receiving.verdicts.${checked}`) })}</p>
            <div className="btn-row" role="group" aria-label={t('receiving.line', { id: key, name })}>
              {progress.putAway.includes(key) ? (
                <span className="status-done">{t('receiving.donePutAway')}</span>
              ) : (
                <button type="button" className="btn" onClick={() => dispatch(actions.putAway(key))}>
                  {t('receiving.putAway')}
                </button>
              )}
              {progress.reported.includes(key) ? (
                <span className="status-done">{t('receiving.doneReported')}</span>
              ) : (
                <button type="button" className="btn" onClick={() => dispatch(actions.reportDiscrepancy(key))}>
                  {t('receiving.report')}
                </button>
              )}
              {progress.toPharmacist.includes(key) ? (
                <span className="status-done">{t('receiving.doneToPharmacist')}</span>
              ) : (
                <button type="button" className="btn" onClick={() => dispatch(actions.handToPharmacist(key))}>
                  {t('receiving.toPharmacist')}
                </button>
              )}
            </div>
          </>
        )}
      </section>
    </li>
  );
}

/**
 * Receiving a wholesaler delivery at the shelves: every tote line with its invoice line, the
 * expired shelf stock to pull, and a way to finish. Feedback arrives through the game's toast.
 */
export function ReceivingBlock() {
  const scenario = useAppStore(selectScenario);
  const encounter = useAppStore(selectEncounter);
  const dispatch = useAppStore(selectDispatch);
  const date = wordsFor(useLanguage()).date;
  const { t } = useTranslation();
  const id = useId();
  const delivery = scenario?.delivery;
  if (!scenario || !encounter || !delivery) return null;
  return (
    <div className="panel-stack receiving">
      <section className="panel-block" aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>{t('receiving.heading', { wholesaler: delivery.wholesaler })}</h3>
        <p className="field-note">{t('receiving.intro')}</p>
        <ul className="tote-lines">
          {delivery.tote.map((line) => (
            <ToteLineBlock key={line.invoiceLine} scenario={scenario} delivery={delivery} line={line} />
          ))}
        </ul>
      </section>
      {delivery.pullFromShelf.length > 0 && (
        <section className="panel-block" aria-labelledby={`${id}-pull`}>
          <h3 id={`${id}-pull`}>{t('receiving.pullHeading')}</h3>
          <ul>
            {delivery.pullFromShelf.map((b) => {
              const p = scenario.products.get(b.product);
              const label = t('receiving.pullLot', { name: p ? fullProductName(p) : b.product, lot: b.lot, expires: date(b.expires) });
              return (
                <li key={b.lot}>
                  {label}{' '}
                  {encounter.delivery.pulled.includes(b.lot) ? (
                    <span className="status-done">{t('receiving.pulled')}</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={t('receiving.pullLabel', { label })}
                      onClick={() => dispatch(actions.pullExpired(b.lot))}
                    >
                      {t('receiving.pull')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="btn-row">
        <button type="button" className="btn" onClick={() => dispatch(actions.endEncounter())}>
          {t('receiving.finish')}
        </button>
      </div>
    </div>
  );
}
