import { useTranslation } from 'react-i18next';
import { useId, useMemo, useState } from 'react';
import { fullProductName } from '../../../state/productNames';
import { lastActionResults, selectDispatch, selectEncounter, selectLog, selectMode, selectScenario } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { useLanguage } from '../../language';
import { OUTCOME_ICONS } from '../../outcomeIcons';
import {
  actions,
  CONTRIBUTING_FACTORS,
  ERROR_FOUND_BY,
  ERROR_KINDS,
  errorToOwn,
  patientToCall,
  productOnHand,
  renderResult,
  type ContributingFactor,
  type ErrorFoundBy,
  type ErrorKind,
  type Result,
} from '../../../core';

/** What the pharmacist says back after one protocol step (practice only; assessment keeps it for the report). */
function Replies({ results }: { results: readonly Result[] }) {
  const mode = useAppStore(selectMode);
  const language = useLanguage();
  const { t } = useTranslation();
  if (results.length === 0 || mode === 'assessment') return null;
  return (
    <ul className="result-notes">
      {results.map((r, i) => (
        <li key={`${r.code}-${i}`} className={`result-note outcome-${r.outcome}`}>
          <span aria-hidden="true">{OUTCOME_ICONS[r.outcome]} </span>
          <strong>{t(`outcome.${r.outcome}`)}:</strong> {renderResult(r, language)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The error protocol at the pharmacist's bench: tell the pharmacist, keep the wrong product, call the
 * patient when they have it at home, and the error report form. Shown only when there is an error to own.
 */
export function ErrorReportBlock() {
  const { t } = useTranslation();
  const scenario = useAppStore(selectScenario);
  const encounter = useAppStore(selectEncounter);
  const dispatch = useAppStore(selectDispatch);
  const log = useAppStore(selectLog);
  const id = useId();
  const [kind, setKind] = useState<ErrorKind | null>(null);
  const [dispensed, setDispensed] = useState('');
  const [foundBy, setFoundBy] = useState<ErrorFoundBy | null>(null);
  const [reached, setReached] = useState<boolean | null>(null);
  const [factors, setFactors] = useState<ContributingFactor[]>([]);
  const [prevention, setPrevention] = useState('');
  const error = encounter ? errorToOwn(encounter) : null;
  const products = useMemo(() => {
    if (!scenario) return [];
    const ids = [...new Set([...scenario.shelf, ...scenario.prescriptions.map((p) => p.product)])];
    return ids.flatMap((pid) => {
      const p = scenario.products.get(pid);
      return p ? [{ id: pid, name: fullProductName(p) }] : [];
    });
  }, [scenario]);
  if (!scenario || !encounter || !error) return null;
  const facts = error.facts;
  const done = encounter.errorProtocol;
  const after = (type: Parameters<typeof lastActionResults>[2]) => lastActionResults(log, encounter, type);
  const toggle = (f: ContributingFactor) => setFactors((c) => (c.includes(f) ? c.filter((x) => x !== f) : [...c, f]));
  const fileReport = () =>
    kind !== null &&
    foundBy !== null &&
    reached !== null &&
    dispatch(actions.fileErrorReport({ kind, dispensed, foundBy, reachedPatient: reached, factors, prevention }));
  return (
    <section className="panel-block error-protocol" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('errorReport.heading')}</h3>
      <p>{facts.story ?? t('errorReport.ownSlip')}</p>
      {facts.madeBy === 'colleague' && <p>{t('errorReport.madeByColleague')}</p>}
      {facts.when !== '' && <p>{t('errorReport.when', { when: facts.when })}</p>}
      <h4>{t('errorReport.steps')}</h4>
      <div aria-live="polite">
        {done.told ? (
          <p className="status-done">
            <span aria-hidden="true">✔ </span>
            {t('errorReport.told')}
          </p>
        ) : (
          <button type="button" className="btn btn-primary" onClick={() => dispatch(actions.tellPharmacist())}>
            {t('errorReport.tell')}
          </button>
        )}
        <Replies results={after('tellPharmacist')} />
      </div>
      {error.planted && productOnHand(facts) && (
        <div role="group" aria-labelledby={`${id}-keep`} aria-live="polite">
          <h4 id={`${id}-keep`}>{t('errorReport.keepLegend')}</h4>
          {done.wrongProduct !== null ? (
            <p className="status-done">{t('errorReport.kept', { choice: t(`errorReport.keepChoices.${done.wrongProduct}`) })}</p>
          ) : (
            <div className="btn-row">
              {(['quarantine', 'reshelve', 'discard'] as const).map((choice) => (
                <button key={choice} type="button" className="btn" onClick={() => dispatch(actions.keepWrongProduct(choice))}>
                  {t(`errorReport.${choice}`)}
                </button>
              ))}
            </div>
          )}
          <Replies results={after('keepWrongProduct')} />
        </div>
      )}
      {error.planted && patientToCall(facts) && (
        <div aria-live="polite">
          {done.contacted ? (
            <p className="status-done">{t('errorReport.called')}</p>
          ) : (
            <button type="button" className="btn" onClick={() => dispatch(actions.contactPatient())}>
              {t('errorReport.call')}
            </button>
          )}
          <Replies results={after('contactPatient')} />
        </div>
      )}
      {done.reported ? (
        <div aria-live="polite">
          <p className="status-done">{t('errorReport.filed')}</p>
          <p>
            <strong>{t('errorReport.pharmacistSays')}</strong> {t('errorReport.category', { category: facts.harmCategory })}
          </p>
          <Replies results={after('fileErrorReport')} />
        </div>
      ) : (
        <form
          className="error-report-form"
          aria-labelledby={`${id}-form`}
          onSubmit={(e) => {
            e.preventDefault();
            fileReport();
          }}
        >
          <h4 id={`${id}-form`}>{t('errorReport.formHeading')}</h4>
          <fieldset>
            <legend>{t('errorReport.kindLegend')}</legend>
            {ERROR_KINDS.map((k) => (
              <label key={k} className="check">
                <input type="radio" name={`${id}-kind`} required checked={kind === k} onChange={() => setKind(k)} />{' '}
                {t(`errorReport.kinds.${k}`)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            {t('errorReport.dispensedLabel')}
            <select value={dispensed} onChange={(e) => setDispensed(e.target.value)}>
              <option value="">{t('errorReport.dispensedNone')}</option>
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('errorReport.foundByLegend')}</legend>
            {ERROR_FOUND_BY.map((f) => (
              <label key={f} className="check">
                <input type="radio" name={`${id}-found`} required checked={foundBy === f} onChange={() => setFoundBy(f)} />{' '}
                {t(`errorReport.foundBy.${f}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('errorReport.reachedLegend')}</legend>
            {([true, false] as const).map((v) => (
              <label key={String(v)} className="check">
                <input type="radio" name={`${id}-reached`} required checked={reached === v} onChange={() => setReached(v)} />{' '}
                {v ? t('errorReport.yes') : t('errorReport.no')}
              </label>
            ))}
          </fieldset>
          <fieldset className="aux-rack">
            <legend>{t('errorReport.factorsLegend')}</legend>
            {CONTRIBUTING_FACTORS.map((f) => (
              <label key={f} className="check">
                <input type="checkbox" checked={factors.includes(f)} onChange={() => toggle(f)} /> {t(`errorReport.factors.${f}`)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            {t('errorReport.preventionLabel')}
            <textarea value={prevention} rows={3} onChange={(e) => setPrevention(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-primary">
            {t('errorReport.file')}
          </button>
        </form>
      )}
    </section>
  );
}
