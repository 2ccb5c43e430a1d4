import { useId, type FormEvent, type ReactNode, type Ref } from 'react';
import { useLocale } from '../i18n/use-locale';

type Props = {
  formRef?: Ref<HTMLFormElement>;
  /** Test ids of the form, its error banner and its save button. */
  'data-testid': string;
  'data-error-testid'?: string;
  'data-save-testid': string;
  title: ReactNode;
  /** A line under the title (a release condition, what an amendment does). */
  hint?: ReactNode;
  banner?: string | null;
  saveLabel: string;
  busy: boolean;
  /** A line after the buttons naming the keys (Enter saves, Esc cancels). */
  keysHint?: string;
  onSubmit: (e: FormEvent) => void;
  onCancel: () => void;
  /** Keep Esc from also closing the panel the form sits in. */
  stopEscape?: boolean;
  extra?: Record<`data-${string}`, string>;
  children?: ReactNode;
};

/**
 * The frame every small money form shares: a titled form that Esc cancels, an error banner above
 * the fields, and Save / Cancel below them.
 */
export function InlineForm({ formRef, 'data-testid': formTestId, 'data-error-testid': errorTestId, 'data-save-testid': saveTestId, title, hint, banner, saveLabel, busy, keysHint, onSubmit, onCancel, stopEscape, extra, children }: Props) {
  const { t } = useLocale();
  const uid = useId();
  return (
    <form
      ref={formRef}
      className="mf-form mf-inline"
      onSubmit={onSubmit}
      noValidate
      data-testid={formTestId}
      {...extra}
      aria-labelledby={`${uid}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          if (stopEscape) e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h4 id={`${uid}-title`}>{title}</h4>
      {hint !== undefined && <p className="mf-hint">{hint}</p>}
      {banner != null && (
        <p className="banner banner-error" role="alert" data-testid={errorTestId}>
          {banner}
        </p>
      )}
      {children}
      <footer className="mf-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid={saveTestId}>
          {saveLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('money.cancel')}
        </button>
        {keysHint !== undefined && <span className="mf-keys">{keysHint}</span>}
      </footer>
    </form>
  );
}
