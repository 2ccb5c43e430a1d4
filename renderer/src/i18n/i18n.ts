/**
 * The renderer's one i18next instance: catalogues bundled in (./catalogue-files), flat keys
 * ("grants.column.amount", so no key or namespace separator), i18next plurals (_one, _few, _other
 * as Intl.PluralRules gives them for the language), and numbers in messages grouped per locale.
 */
import i18next, { type FormatterModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatIntegerIn } from '../../../core/domain/locale-format';
import { isUiLocale, type UiLocale } from '../../../core/domain/locales';
import { CATALOGUE_FILES } from './catalogue-files';
import { RENDERER_NAMESPACES } from './namespaces';
import { buildResources, FALLBACK_LNG } from '../../../core/domain/catalogues';

/** Every value interpolated into a message: numbers grouped as the language groups them ("1.234 granta"). */
const localeNumbers: FormatterModule = {
  type: 'formatter',
  init: () => {},
  add: () => {},
  addCached: () => {},
  // Anything else passes through unchanged (undefined too, so i18next still reports a missing value).
  format: (value: unknown, _format?: string, lng?: string) =>
    typeof value === 'number' && isUiLocale(lng) ? formatIntegerIn(value, lng) : (value as string),
};

export function createI18n(lng: UiLocale): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).use(localeNumbers).init({
    lng,
    resources: buildResources(CATALOGUE_FILES, RENDERER_NAMESPACES),
    ns: [...RENDERER_NAMESPACES],
    defaultNS: 'app',
    fallbackNS: RENDERER_NAMESPACES.filter((ns) => ns !== 'app'),
    fallbackLng: FALLBACK_LNG as Record<string, string[]>,
    load: 'currentOnly',
    keySeparator: false,
    nsSeparator: false,
    initAsync: false, // resources are in the bundle: ready before the first render
    returnNull: false,
    interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes; numbers go through localeNumbers
  });
  return instance;
}
