import type { ReactNode } from 'react';
import { LanguageSelect } from '../../components/LanguageSelect';
import { useLocale } from '../../i18n/use-locale';
import './auth.css';

/**
 * The frame of the screens before sign-in: the same header as the app (name, demo badge, the
 * language switch, so the language can be chosen before signing in) over a calm, centred page.
 */
export function AuthScreen({ demo, children }: { demo: boolean; children: ReactNode }) {
  const { t } = useLocale();
  return (
    <div className="auth">
      <header className="app-header">
        <div className="brand" title={t('app.tagline')}>
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="header-end">
          {demo && (
            <span className="demo-badge" title={t('app.demoBadge.title')}>
              {t('app.demoBadge')}
            </span>
          )}
          <LanguageSelect />
        </div>
      </header>
      <main className="auth-main">{children}</main>
    </div>
  );
}
