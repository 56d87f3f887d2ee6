import { useId } from 'react';

/** A labelled whole-number (or decimal) box with its error text tied to it for screen readers. */
export function NumberField(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string | undefined;
  hint?: string;
  decimal?: boolean;
  name: string;
}) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return (
    <div className="field field-number">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="text"
        inputMode={props.decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && (
        <p id={`${id}-hint`} className="field-note">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-err`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {props.error}
        </p>
      )}
    </div>
  );
}
