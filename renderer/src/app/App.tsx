import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/handlers';
import { useApi } from '../api/context';
import { describeError } from '../api/errors';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { LanguageSelect } from '../components/LanguageSelect';
import { formatLongDate } from '../../../core/domain/locale-format';
import { GrantsPage } from '../features/grants/GrantsPage';
import { useLocale } from '../i18n/use-locale';

type AppInfo = Output<'app.info'>;

/** The window: product name, whether the data is a demo, the screens that work, and the screen. */
export function App() {
  const api = useApi();
  const { t, locale } = useLocale();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    api.call('app.info', {}).then(
      (i) => current && setInfo(i),
      (e: unknown) => current && setInfoError(e),
    );
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand" title={t('app.tagline')}>
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <nav className="app-nav" aria-label={t('app.nav.label')}>
          <a href="#grants" className="nav-link" aria-current="page">
            {t('app.nav.grants')}
          </a>
        </nav>
        <div className="header-end">
          {info?.dataset === 'demo' && (
            <span className="demo-badge" data-testid="demo-badge" title={t('app.demoBadge.title')}>
              {t('app.demoBadge')}
            </span>
          )}
          {info && <span className="header-today">{t('app.today', { date: formatLongDate(info.today, locale) })}</span>}
          <LanguageSelect />
        </div>
      </header>
      {infoError !== null && (
        <div className="banner banner-error app-banner" role="alert">
          {describeError(infoError, t).text}
        </div>
      )}
      <main className="app-main" id="grants">
        <ErrorBoundary>
          <GrantsPage />
        </ErrorBoundary>
      </main>
    </div>
  );
}
