import { useLocale } from '../i18n/use-locale';

/** What a render error leaves on screen: a calm explanation, the stack for support, and Reload. */
export function CrashScreen({ error }: { error: Error }) {
  const { t } = useLocale();
  return (
    <div className="crash" role="alert">
      <h2>{t('app.crash.title')}</h2>
      <p>{t('app.crash.body')}</p>
      <details>
        <summary>{t('app.crash.details')}</summary>
        <pre>{error.stack ?? error.message}</pre>
      </details>
      <button type="button" className="btn" onClick={() => window.location.reload()}>
        {t('app.crash.reload')}
      </button>
    </div>
  );
}
