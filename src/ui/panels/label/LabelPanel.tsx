import { useTranslation } from 'react-i18next';
import { useId, useMemo, useState } from 'react';
import { selectCurrentPrescription, selectCurrentRx, selectDispatch, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { auxiliaryVocabulary } from './auxiliaryVocabulary';
import { LabelPreview } from './LabelPreview';
import { actions, DEFAULT_LABEL_LANGUAGE, LABEL_LANGUAGES, reconstitutionFor, wordsFor } from '../../../core';
import { useLanguage } from '../../language';
import { isoFromUsDate } from './usDate';

/** The label printer: a preview built from the entry, the label's language, the auxiliary sticker rack, and Print. */
export function LabelPanel() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const rx = useAppStore(selectCurrentPrescription);
  const progress = useAppStore(selectCurrentRx);
  const dispatch = useAppStore(selectDispatch);
  const vocabulary = useMemo(() => (scenario ? auxiliaryVocabulary(scenario) : []), [scenario]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [discard, setDiscard] = useState('');
  const [discardError, setDiscardError] = useState<string>();
  const uiLanguage = useLanguage();
  const budId = useId();
  if (!scenario || !rx || !progress) return null;
  const language = progress.labelLanguage ?? DEFAULT_LABEL_LANGUAGE;
  const facts = reconstitutionFor(scenario, rx);
  const print = () => {
    if (facts === null) return dispatch(actions.printLabel(rx.id, chosen));
    // An empty date is the student's choice to judge (a missing beyond-use date); a garbled one is asked again.
    const iso = discard.trim() === '' ? undefined : isoFromUsDate(discard);
    if (iso === null) return setDiscardError(t('beyondUse.error'));
    setDiscardError(undefined);
    dispatch(actions.printLabel(rx.id, chosen, iso));
  };
  if (!progress.entry) return <p className="hint">{t('label.noEntry')}</p>;
  const toggle = (label: string) =>
    setChosen((c) =>
      c.includes(label) ? c.filter((x) => x !== label) : [...c, label].sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b)),
    );
  return (
    <div className="panel-stack">
      <LabelPreview scenario={scenario} rx={rx} entry={progress.entry} auxiliary={progress.auxiliaryLabels ?? chosen} language={language} />
      {progress.auxiliaryLabels ? (
        <p className="status-done">
          <span aria-hidden="true">✔ </span>
          {t('label.printed')} {t('labelLanguage.printedIn', { language: t(`languages.${language}`) })}
          {progress.beyondUseDate && ` ${t('beyondUse.printed', { date: wordsFor(uiLanguage).date(progress.beyondUseDate) })}`}
        </p>
      ) : (
        <form
          className="panel-block"
          onSubmit={(e) => {
            e.preventDefault();
            print();
          }}
        >
          <fieldset className="aux-rack label-language" aria-describedby="label-language-hint">
            <legend>{t('labelLanguage.legend')}</legend>
            <p id="label-language-hint" className="hint">
              {t('labelLanguage.hint')}
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
                {t(`languages.${option}`)}
              </label>
            ))}
          </fieldset>
          {facts !== null && (
            <div className="field">
              <label htmlFor={budId}>{t('beyondUse.field')}</label>
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
                {t('beyondUse.hint', { days: facts.beyondUseDays })}
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
