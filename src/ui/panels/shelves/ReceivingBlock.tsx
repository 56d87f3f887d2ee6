import { useId, useState } from 'react';
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
import { receivingWords as W } from './receivingWords';

/** One tote line: what the invoice says against what came, the technician's finding, then put away, report or hand over. */
function ToteLineBlock({ scenario, delivery, line }: { scenario: ResolvedEncounter; delivery: Delivery; line: ToteLine }) {
  const encounter = useAppStore(selectEncounter);
  const dispatch = useAppStore(selectDispatch);
  const date = wordsFor(useLanguage()).date;
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
        <h4 id={`${id}-h`}>{W.line(key, name)}</h4>
        {invoiced && <p>{W.invoiced(invoiced.ndc, invoiced.quantity)}</p>}
        <p>{W.came(line.ndc, line.quantity)}</p>
        <p>
          {W.lot(line.lot, date(line.expires))} · {line.storage === 'refrigerator' ? W.refrigerator : W.room}
          {schedule !== null && ` · ${W.schedule(schedule)}`}
        </p>
        {line.damaged && <p>{W.damaged}</p>}
        {checked === undefined ? (
          <fieldset>
            <legend>{W.findingLegend(key)}</legend>
            {TOTE_VERDICTS.map((v) => (
              <label key={v} className="check">
                <input type="radio" name={`${id}-verdict`} value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
                {W.verdicts[v]}
              </label>
            ))}
            <button
              type="button"
              className="btn btn-primary"
              disabled={verdict === null}
              onClick={() => verdict !== null && dispatch(actions.checkToteLine(key, verdict))}
            >
              {W.record}
            </button>
          </fieldset>
        ) : (
          <>
            <p className="status-done">{W.checked(W.verdicts[checked])}</p>
            <div className="btn-row" role="group" aria-label={W.line(key, name)}>
              {progress.putAway.includes(key) ? (
                <span className="status-done">{W.donePutAway}</span>
              ) : (
                <button type="button" className="btn" onClick={() => dispatch(actions.putAway(key))}>
                  {W.putAway}
                </button>
              )}
              {progress.reported.includes(key) ? (
                <span className="status-done">{W.doneReported}</span>
              ) : (
                <button type="button" className="btn" onClick={() => dispatch(actions.reportDiscrepancy(key))}>
                  {W.report}
                </button>
              )}
              {progress.toPharmacist.includes(key) ? (
                <span className="status-done">{W.doneToPharmacist}</span>
              ) : (
                <button type="button" className="btn" onClick={() => dispatch(actions.handToPharmacist(key))}>
                  {W.toPharmacist}
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
  const id = useId();
  const delivery = scenario?.delivery;
  if (!scenario || !encounter || !delivery) return null;
  return (
    <div className="panel-stack receiving">
      <section className="panel-block" aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>{W.heading(delivery.wholesaler)}</h3>
        <p className="field-note">{W.intro}</p>
        <ul className="tote-lines">
          {delivery.tote.map((line) => (
            <ToteLineBlock key={line.invoiceLine} scenario={scenario} delivery={delivery} line={line} />
          ))}
        </ul>
      </section>
      {delivery.pullFromShelf.length > 0 && (
        <section className="panel-block" aria-labelledby={`${id}-pull`}>
          <h3 id={`${id}-pull`}>{W.pullHeading}</h3>
          <ul>
            {delivery.pullFromShelf.map((b) => {
              const p = scenario.products.get(b.product);
              const label = W.pullLot(p ? fullProductName(p) : b.product, b.lot, date(b.expires));
              return (
                <li key={b.lot}>
                  {label}{' '}
                  {encounter.delivery.pulled.includes(b.lot) ? (
                    <span className="status-done">{W.pulled}</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`${W.pull}: ${label}`}
                      onClick={() => dispatch(actions.pullExpired(b.lot))}
                    >
                      {W.pull}
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
          {W.finish}
        </button>
      </div>
    </div>
  );
}
