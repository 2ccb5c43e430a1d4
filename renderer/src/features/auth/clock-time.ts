import { intlLocaleOf, type UiLocale } from '../../../../core/domain/locales';

/**
 * The time of day of an instant on this computer's clock, as the language writes it: "3:15 PM" in
 * English, "15:15" in the others (all of them write the 24-hour clock; Chromium's smaller ICU
 * would otherwise fall back to English for some). Text that is not an instant is returned as given.
 */
export function clockTime(iso: string, locale: UiLocale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const english = locale === 'en';
  return new Intl.DateTimeFormat(intlLocaleOf(locale), {
    hour: english ? 'numeric' : '2-digit',
    minute: '2-digit',
    ...(english ? {} : { hourCycle: 'h23' as const }),
  }).format(at);
}
