import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLocale, LANGUAGE_NAMES, UI_LOCALES, type UiLocale } from '../../../core/domain/locales';
import { useApi } from '../api/context';
import { describeError } from '../api/errors';
import { sessionToken } from '../api/session';

/**
 * The language switch in the header and on the sign-in screen: every language in its own name.
 * Signed in, the choice is stored with the account first ('app.setLocale'), then shown, so a
 * reload or the next sign-in keeps it; before sign-in the window remembers it (../i18n/locale-choice).
 */
export function LanguageSelect() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);

  const choose = async (locale: UiLocale) => {
    setError(null);
    if (sessionToken() !== null) {
      try {
        await api.call('app.setLocale', { locale });
      } catch (e) {
        setError(e); // still switch for this session
      }
    }
    await i18n.changeLanguage(locale);
  };

  return (
    <div className="language">
      <select
        className="language-select"
        data-testid="language-select"
        aria-label={t('app.language')}
        title={t('app.language')}
        value={i18n.language}
        onChange={(e) => {
          if (isUiLocale(e.target.value)) void choose(e.target.value);
        }}
      >
        {UI_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
      {error !== null && (
        <span className="header-error" role="alert">
          {describeError(error, t).text}
        </span>
      )}
    </div>
  );
}
