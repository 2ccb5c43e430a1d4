import { describeError } from '../api/errors';
import { useLocale } from '../i18n/use-locale';

/** A failed load: what failed (already translated), why in plain words, the technical detail, and a way to try again. */
export function ErrorBanner({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const { t } = useLocale();
  const { text, detail } = describeError(error, t);
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-text">
        <strong>{title}</strong> {text}
        {detail && <div className="banner-detail">{detail}</div>}
      </div>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
