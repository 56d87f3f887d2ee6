import { useId, useMemo, useState } from 'react';
import { selectCurrentPrescription, selectCurrentRx, selectDispatch, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { auxiliaryVocabulary } from './auxiliaryVocabulary';
import { LabelPreview } from './LabelPreview';
import { actions, reconstitutionFor, wordsFor } from '../../../core';
import { useLanguage } from '../../language';
import { beyondUseWords as B } from './beyondUseWords';
import { isoFromUsDate } from './usDate';

/** The label printer: a preview built from the entry, the auxiliary sticker rack, and Print. */
export function LabelPanel() {
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentPrescription);
  const progress = useAppStore(selectCurrentRx);
  const dispatch = useAppStore(selectDispatch);
  const vocabulary = useMemo(() => (scenario ? auxiliaryVocabulary(scenario) : []), [scenario]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [discard, setDiscard] = useState('');
  const [discardError, setDiscardError] = useState<string>();
  const language = useLanguage();
  const budId = useId();
  if (!scenario || !rx || !progress) return null;
  const facts = reconstitutionFor(scenario, rx);
  const print = () => {
    if (facts === null) return dispatch(actions.printLabel(rx.id, chosen));
    // An empty date is the student's choice to judge (a missing beyond-use date); a garbled one is asked again.
    const iso = discard.trim() === '' ? undefined : isoFromUsDate(discard);
    if (iso === null) return setDiscardError(B.error);
    setDiscardError(undefined);
    dispatch(actions.printLabel(rx.id, chosen, iso));
  };
  if (!progress.entry) return <p className="hint">Nothing to print yet: this prescription has no data entry.</p>;
  const toggle = (label: string) =>
    setChosen((c) =>
      c.includes(label) ? c.filter((x) => x !== label) : [...c, label].sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b)),
    );
  return (
    <div className="panel-stack">
      <LabelPreview scenario={scenario} rx={rx} entry={progress.entry} auxiliary={progress.auxiliaryLabels ?? chosen} />
      {progress.auxiliaryLabels ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>Label printed and on the vial.
          {progress.beyondUseDate && ` ${B.printed(wordsFor(language).date(progress.beyondUseDate))}`}
        </p>
      ) : (
        <form
          className="panel-block"
          onSubmit={(e) => {
            e.preventDefault();
            print();
          }}
        >
          {facts !== null && (
            <div className="field">
              <label htmlFor={budId}>{B.field}</label>
              <input
                id={budId}
                name="beyond-use"
                type="text"
                autoComplete="off"
                value={discard}
                aria-invalid={discardError ? true : undefined}
                aria-describedby={`${budId}-hint${discardError ? ` ${budId}-err` : ''}`}
                onChange={(e) => setDiscard(e.target.value)}
              />
              <p id={`${budId}-hint`} className="field-note">
                {B.hint(facts.beyondUseDays)}
              </p>
              {discardError && (
                <p id={`${budId}-err`} className="field-error">
                  <span aria-hidden="true">⚠ </span>
                  {discardError}
                </p>
              )}
            </div>
          )}
          <fieldset className="aux-rack">
            <legend>Auxiliary labels</legend>
            {vocabulary.map((label) => (
              <label key={label} className="check">
                <input type="checkbox" checked={chosen.includes(label)} onChange={() => toggle(label)} /> {label}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="btn btn-primary">
            Print label
          </button>
        </form>
      )}
    </div>
  );
}
