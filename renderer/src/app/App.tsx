import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/handlers';
import { useApi } from '../api/context';
import { describeError } from '../api/errors';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { GrantsPage } from '../features/grants/GrantsPage';
import { t } from '../i18n/t';

type AppInfo = Output<'app.info'>;

/** The window: product name, whether the data is a demo, the screens that work, and the screen. */
export function App() {
  const api = useApi();
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

  useEffect(() => {
    document.title = t('app.name');
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
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
          {info && <span className="header-today">{t('app.today', { date: info.today })}</span>}
        </div>
      </header>
      {infoError !== null && (
        <div className="banner banner-error app-banner" role="alert">
          {describeError(infoError).text}
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
