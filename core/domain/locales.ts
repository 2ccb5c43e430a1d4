/**
 * The languages Tranche's interface is written in, and the BCP 47 tag Intl needs for each. This is
 * the one list: core/api/schemas/app.ts (what 'app.setLocale' accepts), the renderer's language
 * switch and Electron's Language menu all read it.
 *
 * - 'en' English, 'sq' Albanian (Albania, Kosovo, North Macedonia), 'mk' Macedonian (Cyrillic).
 * - 'bs', 'hr', 'cnr' (Montenegrin, ISO 639-3) and 'sr-Latn': Bosnian, Croatian, Montenegrin and
 *   Serbian share one Latin catalogue, resources/locales/sh/, and each holds only the strings where
 *   that standard differs from it (see docs/glossary/sh.md). 'sh' is a catalogue, not a choice.
 * - 'sr-Cyrl' is not written by hand: it is sh + sr-Latn transliterated (./transliterate-sr).
 */
export const UI_LOCALES = ['en', 'sq', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'cnr', 'mk'] as const;

export type UiLocale = (typeof UI_LOCALES)[number];

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** The same list under its first name (kept so callers written against it still compile). */
export const APP_LOCALES = UI_LOCALES;
export type AppLocale = UiLocale;
export const isAppLocale = isUiLocale;

/**
 * Tags as ICU (Node 20.20: ICU 78.2, CLDR 48) resolves them. 'cnr' resolves to 'sr-ME' in Node's
 * ICU, whose likely script is Latin, but 'sr-Latn-ME' says so without relying on that alias (which
 * a smaller ICU, such as Chromium's, need not have).
 */
const INTL_TAGS: Readonly<Record<UiLocale, string>> = {
  en: 'en',
  sq: 'sq',
  bs: 'bs',
  hr: 'hr',
  cnr: 'sr-Latn-ME',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
  mk: 'mk',
};

/**
 * The tag to hand to Intl (NumberFormat, DateTimeFormat, PluralRules, Collator, formatAmount and
 * formatMoney in ./money) for a UI locale. Throws RangeError for anything that is not a UiLocale.
 */
export function intlLocaleOf(locale: UiLocale): string {
  if (!isUiLocale(locale)) throw new RangeError(`Unknown UI locale ${JSON.stringify(locale)}; expected one of ${UI_LOCALES.join(', ')}`);
  return INTL_TAGS[locale];
}

/** Each language in its own name, as the language switch and the Language menu list them. */
export const LANGUAGE_NAMES: Readonly<Record<UiLocale, string>> = {
  en: 'English',
  sq: 'Shqip',
  bs: 'Bosanski',
  hr: 'Hrvatski',
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  cnr: 'Crnogorski',
  mk: 'Македонски',
};
