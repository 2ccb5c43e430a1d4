import { en, type MessageKey } from './en';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

/** Keys with `_one` / `_other` plural forms, named without the suffix: t('grants.count', { count }). */
type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;
export type TextKey = MessageKey | PluralKey;

/** The locale used for numbers and money. Dates are always shown as ISO YYYY-MM-DD. */
export const LOCALE = 'en-GB';

const catalogue: Readonly<Record<string, string>> = en;
const plurals = new Intl.PluralRules(LOCALE);

function fill(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? v.toLocaleString(LOCALE) : v;
  });
}

/**
 * The English text for `key` with `{name}` placeholders filled from `params`. For plural keys
 * (`key_one`, `key_other` in the catalogue) the form is chosen by `params.count`, as i18next does.
 * An unknown key shows itself, so a missing string is visible rather than blank.
 */
export function t(key: TextKey, params?: MessageParams): string {
  let text = catalogue[key];
  if (text === undefined) {
    const count = typeof params?.count === 'number' ? params.count : NaN;
    text = catalogue[`${key}_${plurals.select(count)}`] ?? catalogue[`${key}_other`];
  }
  return text === undefined ? key : fill(text, params);
}

/**
 * A label for a code that comes from data, e.g. label('purpose', 'legal_aid') -> "Legal aid".
 * A code the catalogue does not know yet is shown as stored rather than hidden.
 */
export function label(group: 'purpose' | 'grantStatus' | 'trancheStatus' | 'awardMethod', code: string): string {
  return catalogue[`${group}.${code}`] ?? code;
}
