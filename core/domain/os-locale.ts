import { isUiLocale, type UiLocale } from './locales';

/**
 * The UI locale for one BCP 47 tag from the operating system, or null if Tranche has no catalogue
 * for it. Serbian without a script ("sr", "sr-RS") gets Latin: Serbian is official in Cyrillic, but
 * Latin is what most people read and type on computers, and Cyrillic is one click away in the
 * language switch. Serbian or Montenegrin for Montenegro (sr-ME, cnr) gets Montenegrin; the
 * retired "sh" tag (Serbo-Croatian) gets Serbian Latin.
 */
export function uiLocaleOfTag(tag: string): UiLocale | null {
  const [language = '', ...subtags] = tag.toLowerCase().replace(/_/g, '-').split('-');
  const script = subtags.find((s) => s.length === 4);
  const region = subtags.find((s) => s.length === 2 || /^\d{3}$/.test(s));
  switch (language) {
    case 'sr':
      if (script === 'cyrl') return 'sr-Cyrl';
      if (region === 'me') return 'cnr';
      return 'sr-Latn';
    case 'sh':
      return 'sr-Latn';
    case 'cnr':
      return 'cnr';
    default:
      return isUiLocale(language) ? language : null;
  }
}

/** The first of the system's preferred languages that Tranche speaks, else English. */
export function osUiLocale(languages: readonly string[]): UiLocale {
  for (const tag of languages) {
    const locale = uiLocaleOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}
