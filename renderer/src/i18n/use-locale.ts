import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isUiLocale, type UiLocale } from '../../../core/domain/locales';

/** The translate function and the UI locale (for formatting); the caller re-renders when the language changes. */
export function useLocale(): { t: TFunction; locale: UiLocale } {
  const { t, i18n } = useTranslation();
  return { t, locale: isUiLocale(i18n.language) ? i18n.language : 'en' };
}
