import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { useLanguage } from '../../language';
import { sigPreview } from '../shared/sigPreview';
import type { DispenseUnit } from '../../../core';

/** The sig box, with the patient-friendly directions appearing as you type. */
export function SigField(props: {
  value: string;
  onChange(v: string): void;
  errorId: string;
  error?: string | undefined;
  dispenseUnit?: DispenseUnit | undefined;
}) {
  const { value, onChange, errorId, error } = props;
  const { t } = useTranslation();
  const id = useId();
  const preview = sigPreview(value, props.dispenseUnit, useLanguage());
  return (
    <div className="field">
      <label htmlFor={id}>{t('entry.sigLabel')}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-preview ${errorId}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <output id={`${id}-preview`} aria-live="polite" className="sig-preview">
        {preview && 'text' in preview && (
          <>
            <span className="sig-preview-label">{t('entry.labelWillRead')}</span>
            {preview.text}
          </>
        )}
        {preview && 'error' in preview && (
          <>
            <span aria-hidden="true">ℹ </span>
            {t('entry.notReadable', { problem: preview.error })}
          </>
        )}
      </output>
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}
