import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isUiLocale } from '../../../core/domain/locales';
import { osUiLocale } from '../../../core/domain/os-locale';
import { useApi } from '../api/context';
import { createI18n } from './i18n';

/**
 * The interface language: the one stored with the data ('app.info' locale), else the first of the
 * system's languages that Tranche speaks. Renders nothing until the stored choice is known, so the
 * screen never flashes in another language. Inside Electron the Language menu can change it too.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [i18n] = useState(() => createI18n(osUiLocale(navigator.languages)));
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let current = true;
    api
      .call('app.info', {})
      .then(async (info) => {
        if (current && info.locale) await i18n.changeLanguage(info.locale);
      })
      .catch(() => {}) // the App shows why app.info failed; the language stays the system's
      .finally(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [api, i18n]);

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
    sync(i18n.language);
    i18n.on('languageChanged', sync);
    return () => i18n.off('languageChanged', sync);
  }, [i18n]);

  return <I18nextProvider i18n={i18n}>{ready ? children : null}</I18nextProvider>;
}
