import type { ReactNode } from 'react';

/** What a control inside a FormField spreads onto itself: its id and the links to hint and error. */
export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'data-testid': string;
};

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  /** What is wrong, already translated; marks the field invalid. */
  error?: string | null | undefined;
  /** The control's test id; the error gets `<id>-error`, the hint `<id>-hint`. */
  'data-testid': string;
  className?: string;
  children(control: ControlProps): ReactNode;
};

/** A labelled control with its hint and its own error, tied together for screen readers. */
export function FormField({ id, label, hint, error, 'data-testid': testId, className, children }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`mf-field${error ? ' mf-field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="mf-label">
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined, 'data-testid': testId })}
      {hint && (
        <p id={`${id}-hint`} className="mf-hint" data-testid={`${testId}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mf-error" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
