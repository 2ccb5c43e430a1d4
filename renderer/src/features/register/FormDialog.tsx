import { useEffect, useRef, type FormEvent, type ReactNode, type Ref } from 'react';
import { useLocale } from '../../i18n/use-locale';

type Props = {
  'data-testid': string;
  title: string;
  intro?: string;
  banner: string | null;
  saveLabel: string;
  busy: boolean;
  formRef?: Ref<HTMLFormElement>;
  onSubmit(e: FormEvent): void;
  onClose(): void;
  /** Shown between the fields and the buttons (the look-alikes found before saving). */
  aside?: ReactNode;
  children: ReactNode;
};

/** A modal form of the register (new or edited organisation or person): Esc closes, Enter saves. */
export function FormDialog({ 'data-testid': testId, title, intro, banner, saveLabel, busy, formRef, onSubmit, onClose, aside, children }: Props) {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="mf-dialog"
      data-testid={testId}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <form ref={formRef} className="mf-form" onSubmit={onSubmit} noValidate data-testid={`${testId}-form`}>
        <header className="mf-dialog-head">
          <h2>{title}</h2>
          {intro && <p className="mf-hint">{intro}</p>}
        </header>
        {banner !== null && (
          <p className="banner banner-error" role="alert" data-testid={`${testId}-error`}>
            {banner}
          </p>
        )}
        <div className="mf-grid">{children}</div>
        {aside}
        <footer className="mf-actions">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid={`${testId}-save`}>
            {saveLabel}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('money.cancel')}
          </button>
          <span className="mf-keys">{t('money.form.keys')}</span>
        </footer>
      </form>
    </dialog>
  );
}
