import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { selectCurrentPrescription, selectCurrentRx, selectDispatch, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { auxiliaryVocabulary } from './auxiliaryVocabulary';
import { LabelPreview } from './LabelPreview';
import { actions } from '../../../core';

/** The label printer: a preview built from the entry, the auxiliary sticker rack, and Print. */
export function LabelPanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentPrescription);
  const progress = useAppStore(selectCurrentRx);
  const dispatch = useAppStore(selectDispatch);
  const vocabulary = useMemo(() => (scenario ? auxiliaryVocabulary(scenario) : []), [scenario]);
  const [chosen, setChosen] = useState<string[]>([]);
  if (!scenario || !rx || !progress) return null;
  if (!progress.entry) return <p className="hint">{t('label.noEntry')}</p>;
  const toggle = (label: string) =>
    setChosen((c) =>
      c.includes(label) ? c.filter((x) => x !== label) : [...c, label].sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b)),
    );
  return (
    <div className="panel-stack">
      <LabelPreview scenario={scenario} rx={rx} entry={progress.entry} auxiliary={progress.auxiliaryLabels ?? chosen} />
      {progress.auxiliaryLabels ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>
          {t('label.printed')}
        </p>
      ) : (
        <form
          className="panel-block"
          onSubmit={(e) => {
            e.preventDefault();
            dispatch(actions.printLabel(rx.id, chosen));
          }}
        >
          <fieldset className="aux-rack">
            <legend>{t('label.auxiliary')}</legend>
            {vocabulary.map((label) => (
              <label key={label} className="check">
                <input type="checkbox" checked={chosen.includes(label)} onChange={() => toggle(label)} /> {label}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="btn btn-primary">
            {t('label.print')}
          </button>
        </form>
      )}
    </div>
  );
}
