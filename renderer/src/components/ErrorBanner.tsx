import { describeError } from '../api/errors';
import { t, type TextKey } from '../i18n/t';

/** A failed load: what failed, why in plain words, the technical detail, and a way to try again. */
export function ErrorBanner({ title, error, onRetry }: { title: TextKey; error: unknown; onRetry?: () => void }) {
  const { text, detail } = describeError(error);
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-text">
        <strong>{t(title)}</strong> {text}
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
