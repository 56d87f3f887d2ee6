import { useMemo, useState } from 'react';
import { selectCurrentPrescription, selectCurrentRx, selectDispatch, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { auxiliaryVocabulary } from './auxiliaryVocabulary';
import { LabelPreview } from './LabelPreview';
import { actions, DEFAULT_LABEL_LANGUAGE, LABEL_LANGUAGES } from '../../../core';
import { labelLanguageWords } from './labelLanguageWords';

/** The label printer: a preview built from the entry, the label's language, the auxiliary sticker rack, and Print. */
export function LabelPanel() {
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentPrescription);
  const progress = useAppStore(selectCurrentRx);
  const dispatch = useAppStore(selectDispatch);
  const vocabulary = useMemo(() => (scenario ? auxiliaryVocabulary(scenario) : []), [scenario]);
  const [chosen, setChosen] = useState<string[]>([]);
  if (!scenario || !rx || !progress) return null;
  if (!progress.entry) return <p className="hint">Nothing to print yet: this prescription has no data entry.</p>;
  const language = progress.labelLanguage ?? DEFAULT_LABEL_LANGUAGE;
  const toggle = (label: string) =>
    setChosen((c) =>
      c.includes(label) ? c.filter((x) => x !== label) : [...c, label].sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b)),
    );
  return (
    <div className="panel-stack">
      <LabelPreview scenario={scenario} rx={rx} entry={progress.entry} auxiliary={progress.auxiliaryLabels ?? chosen} language={language} />
      {progress.auxiliaryLabels ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>Label printed and on the vial. {labelLanguageWords.printedIn(language)}
        </p>
      ) : (
        <form
          className="panel-block"
          onSubmit={(e) => {
            e.preventDefault();
            dispatch(actions.printLabel(rx.id, chosen));
          }}
        >
          <fieldset className="aux-rack label-language" aria-describedby="label-language-hint">
            <legend>{labelLanguageWords.legend}</legend>
            <p id="label-language-hint" className="hint">
              {labelLanguageWords.hint}
            </p>
            {LABEL_LANGUAGES.map((option) => (
              <label key={option} className="check" lang={option}>
                <input
                  type="radio"
                  name="label-language"
                  value={option}
                  checked={language === option}
                  onChange={() => dispatch(actions.chooseLabelLanguage(rx.id, option))}
                />{' '}
                {labelLanguageWords.names[option]}
              </label>
            ))}
          </fieldset>
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
