import { useTranslation } from 'react-i18next';
import { actions, CALL_DECISIONS, type Call, type ResolvedEncounter } from '../../../core';
import { selectDispatch, selectEncounter } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { usDate } from '../../format';
import { RxDocument } from '../dropoff/rx/RxDocument';

/** The newest fill of a product on the profile, if any. */
function lastFill(scenario: ResolvedEncounter, product: string) {
  return scenario.patient.fillHistory
    .filter((f) => f.product === product)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);
}

/** One phone call: who is on the line, what they say, the prescription looked up, and what to do with it. */
export function CallPanel({ scenario, call }: { scenario: ResolvedEncounter; call: Call }) {
  const { t } = useTranslation();
  const dispatch = useAppStore(selectDispatch);
  const openFlagDialog = useAppStore((s) => s.openFlagDialog);
  const lookedUp = useAppStore((s) => selectEncounter(s)?.call.lookedUp ?? false);
  const over = useAppStore((s) => selectEncounter(s)?.complete ?? false);
  const rx = scenario.prescriptions[0]!;
  const fill = lastFill(scenario, rx.product);
  return (
    <div className="panel-stack">
      <section className="panel-block" aria-label={t('phoneCall.onTheLine')}>
        <h3>
          <span aria-hidden="true">☎ </span>
          {t(`phoneCall.kind.${call.kind}`)}
        </h3>
        <p className="speech-bubble">
          <span className="speech-speaker">{call.caller}:</span> “{call.says}”
        </p>
      </section>
      <section className="panel-block" aria-label={t('phoneCall.callAbout')}>
        {rx.channel === 'phone' ? <RxDocument rx={rx} /> : <p>{rx.drugAsWritten}</p>}
        {lookedUp ? (
          <div role="group" aria-label={t('phoneCall.lookedUp')}>
            <p>
              {t('phoneCall.refills', { authorised: rx.refills, used: rx.refillsUsed, left: Math.max(0, rx.refills - rx.refillsUsed) })}
            </p>
            <p>{fill ? t('phoneCall.lastFill', { date: usDate(fill.date), count: fill.daysSupply }) : t('phoneCall.neverFilled')}</p>
            <p>{t('phoneCall.written', { date: usDate(rx.dateWritten) })}</p>
          </div>
        ) : (
          !over && (
            <button type="button" className="btn" onClick={() => dispatch(actions.lookUpRx(rx.id))}>
              {t('phoneCall.lookUp')}
            </button>
          )
        )}
      </section>
      {over ? (
        <p className="status-done">{t('phoneCall.done')}</p>
      ) : (
        <section className="panel-block" aria-labelledby="call-decide">
          <h3 id="call-decide">{t('phoneCall.decide')}</h3>
          <div className="btn-col">
            {CALL_DECISIONS.map((d) => (
              <button key={d} type="button" className="btn" onClick={() => dispatch(actions.answerCall(d))}>
                {t(`phoneCall.decision.${d}`, { count: scenario.parameters.refillAuthorizationDays })}
              </button>
            ))}
            <button type="button" className="btn" onClick={() => openFlagDialog(rx.id)}>
              {t('phoneCall.flag')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
