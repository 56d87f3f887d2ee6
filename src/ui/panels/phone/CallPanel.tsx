import { actions, CALL_DECISIONS, type Call, type CallDecision, type ResolvedEncounter } from '../../../core';
import { selectDispatch, selectEncounter } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { usDate } from '../../format';
import { RxDocument } from '../dropoff/rx/RxDocument';
import { phoneWords } from './phoneWords';

/** The newest fill of a product on the profile, if any. */
function lastFill(scenario: ResolvedEncounter, product: string) {
  return scenario.patient.fillHistory
    .filter((f) => f.product === product)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);
}

/** The words of one decision button. */
const decisionWords = (d: CallDecision, days: number): string => {
  const w = phoneWords.decision[d];
  return typeof w === 'function' ? w(days) : w;
};

/** One phone call: who is on the line, what they say, the prescription looked up, and what to do with it. */
export function CallPanel({ scenario, call }: { scenario: ResolvedEncounter; call: Call }) {
  const dispatch = useAppStore(selectDispatch);
  const openFlagDialog = useAppStore((s) => s.openFlagDialog);
  const lookedUp = useAppStore((s) => selectEncounter(s)?.call.lookedUp ?? false);
  const over = useAppStore((s) => selectEncounter(s)?.complete ?? false);
  const rx = scenario.prescriptions[0]!;
  const fill = lastFill(scenario, rx.product);
  return (
    <div className="panel-stack">
      <section className="panel-block" aria-label={phoneWords.onTheLine}>
        <h3>
          <span aria-hidden="true">☎ </span>
          {phoneWords.kind[call.kind]}
        </h3>
        <p className="speech-bubble">
          <span className="speech-speaker">{call.caller}:</span> “{call.says}”
        </p>
      </section>
      <section className="panel-block" aria-label={phoneWords.callAbout}>
        {rx.channel === 'phone' ? <RxDocument rx={rx} /> : <p>{rx.drugAsWritten}</p>}
        {lookedUp ? (
          <div role="group" aria-label={phoneWords.lookedUp}>
            <p>{phoneWords.refills(rx.refills, rx.refillsUsed)}</p>
            <p>{fill ? phoneWords.lastFill(usDate(fill.date), fill.daysSupply) : phoneWords.neverFilled}</p>
            <p>{phoneWords.written(usDate(rx.dateWritten))}</p>
          </div>
        ) : (
          !over && (
            <button type="button" className="btn" onClick={() => dispatch(actions.lookUpRx(rx.id))}>
              {phoneWords.lookUp}
            </button>
          )
        )}
      </section>
      {over ? (
        <p className="status-done">{phoneWords.done}</p>
      ) : (
        <section className="panel-block" aria-labelledby="call-decide">
          <h3 id="call-decide">{phoneWords.decide}</h3>
          <div className="btn-col">
            {CALL_DECISIONS.map((d) => (
              <button key={d} type="button" className="btn" onClick={() => dispatch(actions.answerCall(d))}>
                {decisionWords(d, scenario.parameters.refillAuthorizationDays)}
              </button>
            ))}
            <button type="button" className="btn" onClick={() => openFlagDialog(rx.id)}>
              {phoneWords.flag}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
