import { parseLocaleAmount } from '../../../../core/domain/parse-locale-amount';
import type { UiLocale } from '../../../../core/domain/locales';

/** Minor units of an amount typed in the user's language, or null when it is not one (the field then shows it). */
export function readAmount(text: string, currency: string, locale: UiLocale): number | null {
  try {
    return parseLocaleAmount(text, currency, locale).amountMinor;
  } catch {
    return null;
  }
}
