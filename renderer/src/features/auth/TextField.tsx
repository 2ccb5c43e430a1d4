import type { InputHTMLAttributes, Ref } from 'react';

type Props = {
  id: string;
  label: string;
  /** A line under the field saying what it takes. */
  hint?: string | undefined;
  /** What is wrong with the value, already translated; marks the field invalid. */
  error?: string | null | undefined;
  /** A note under the field that is not an error (e.g. Caps Lock is on). */
  note?: string | null | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** The input's test id; the error message gets `<id>-error`. */
  'data-testid': string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled input with its hint and its own error message, tied together for screen readers. */
export function TextField({ id, label, hint, error, note, inputRef, 'data-testid': testId, ...input }: Props) {
  const described = [hint ? `${id}-hint` : null, note ? `${id}-note` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'auth-field auth-field-invalid' : 'auth-field'}>
      <label htmlFor={id} className="auth-label">
        {label}
      </label>
      <input
        {...input}
        id={id}
        ref={inputRef}
        className="auth-input"
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="auth-hint">
          {hint}
        </p>
      )}
      {note && (
        <p id={`${id}-note`} className="auth-note">
          {note}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="auth-field-error" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
