import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isUiLocale } from '../../../core/domain/locales';
import { osUiLocale } from '../../../core/domain/os-locale';
import { useApi } from '../api/context';
import { sessionToken } from '../api/session';
import { createI18n } from './i18n';
import { lastLocale, rememberLocale } from './locale-choice';

/**
 * The interface language: the signed-in user's ('app.info' locale; the sign-in screen applies the
 * one auth.signIn returns), else the language this window showed last (./locale-choice), else the
 * first of the system's languages that Tranche speaks. Renders nothing until a live session's
 * choice is known, so the screen never flashes in another language. Inside Electron the Language
 * menu can change it too.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [i18n] = useState(() => createI18n(lastLocale() ?? osUiLocale(navigator.languages)));
  // Without a session only the sign-in screen can show, and app.info would only be refused.
  const [ready, setReady] = useState(() => sessionToken() === null);

  useEffect(() => {
    if (ready) return;
    let current = true;
    api
      .call('app.info', {})
      .then(async (info) => {
        if (current && info.locale) await i18n.changeLanguage(info.locale);
      })
      .catch(() => {}) // the App shows why app.info failed; an ended session shows the sign-in screen
      .finally(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [api, i18n, ready]);

  useEffect(
    () =>
      window.tranche?.onEvent((event) => {
        if (event.type === 'locale.changed' && isUiLocale(event.locale)) void i18n.changeLanguage(event.locale);
      }),
    [i18n],
  );

  useEffect(() => {
    const sync = (lng: string) => {
      document.documentElement.lang = lng;
      document.title = i18n.t('app.name');
    };
    const remember = (lng: string) => {
      if (isUiLocale(lng)) rememberLocale(lng);
    };
    sync(i18n.language);
    i18n.on('languageChanged', sync);
    i18n.on('languageChanged', remember);
    return () => {
      i18n.off('languageChanged', sync);
      i18n.off('languageChanged', remember);
    };
  }, [i18n]);

  return <I18nextProvider i18n={i18n}>{ready ? children : null}</I18nextProvider>;
}
