import { useTranslation } from 'react-i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { selectDispatch, selectPrescriptions } from '../../../state/selectors';
import { useAppStore } from '../../../state/StoreContext';
import { useLanguage } from '../../language';
import { useFocusTrap } from '../shared/useFocusTrap';
import { actions, type FindingCode, flagReasonList } from '../../../core';

const ENCOUNTER = '__encounter__';

/** Stop and route a problem to the pharmacist: which prescription, why, and an optional note. A true modal. */
export function FlagProblemDialog() {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const dispatch = useAppStore(selectDispatch);
  const prescriptions = useAppStore(selectPrescriptions);
  const initialTarget = useAppStore((s) => s.flagTarget);
  const close = useAppStore((s) => s.closeFlagDialog);
  const [target, setTarget] = useState(initialTarget ?? ENCOUNTER);
  const [code, setCode] = useState<FindingCode | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState(false);
  const onKeyDown = useFocusTrap(ref, close);
  const reasons = flagReasonList(useLanguage());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!code) {
      setError(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    dispatch(actions.flagProblem(code, { rx: target === ENCOUNTER ? undefined : target, note: note.trim() }));
    close();
  };

  return createPortal(
    <div className="modal-backdrop">
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} className="modal" onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`}>{t('flag.title')}</h2>
        <p className="field-note">{t('flag.note')}</p>
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-target`}>{t('flag.about')}</label>
            <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
              {prescriptions.map((rx, i) => (
                <option key={rx.id} value={rx.id}>
                  {t('flag.rx', { n: i + 1, drug: rx.drugAsWritten })}
                </option>
              ))}
              <option value={ENCOUNTER}>{t('flag.encounter')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('flag.reason')}</label>
            <select
              id={`${id}-reason`}
              value={code}
              aria-invalid={error || undefined}
              aria-describedby={error ? `${id}-reason-err` : undefined}
              onChange={(e) => (setCode(e.target.value as FindingCode | ''), setError(false))}
            >
              <option value="">{t('flag.choose')}</option>
              {reasons.map(([c, words]) => (
                <option key={c} value={c}>
                  {words}
                </option>
              ))}
            </select>
            {error && (
              <p id={`${id}-reason-err`} className="field-error">
                <span aria-hidden="true">⚠ </span>
                {t('flag.chooseFirst')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('flag.pharmacistNote')}</label>
            <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="btn-row">
            <button type="submit" className="btn btn-primary">
              {t('flag.send')}
            </button>
            <button type="button" className="btn" onClick={close}>
              {t('flag.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>,
    document.body,
  );
}
