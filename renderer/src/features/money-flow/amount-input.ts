import type { TFunction } from 'i18next';
import { numberSymbolsOf, parseLocaleAmount } from '../../../../core/domain/parse-locale-amount';
import type { UiLocale } from '../../../../core/domain/locales';
import { MAX_AMOUNT_MINOR, MoneyError, type Money } from '../../../../core/domain/money';
import { minorUnitsOf } from '../../../../core/domain/currencies';
import { formatMoneyIn } from '../../../../core/domain/locale-format';

export type AmountReading = { state: 'empty' } | { state: 'ok'; money: Money } | { state: 'invalid'; message: string };

/**
 * An amount as the user typed it in their language ("100.000,00" in Serbian, "100,000.00" in
 * English), read exactly in `currency`'s minor units; ambiguous or malformed text is refused with
 * an example, and zero or less is refused because no payment or grant is for nothing.
 */
export function readAmount(text: string, currency: string, locale: UiLocale, t: TFunction): AmountReading {
  if (text.trim() === '') return { state: 'empty' };
  const tooLarge = () => ({ state: 'invalid' as const, message: t('money.error.amountTooLarge', { max: formatMoneyIn({ amountMinor: MAX_AMOUNT_MINOR, currency }, locale) }) });
  try {
    const money = parseLocaleAmount(text, currency, locale);
    if (money.amountMinor <= 0) return { state: 'invalid', message: t('money.error.amountPositive') };
    if (money.amountMinor > MAX_AMOUNT_MINOR) return tooLarge();
    return { state: 'ok', money };
  } catch (e) {
    // Say what is wrong in the user's terms: the currency's decimals, or the size, not "the format".
    if (e instanceof MoneyError && e.code === 'too_many_decimals') {
      const digits = minorUnitsOf(currency);
      return { state: 'invalid', message: digits === 0 ? t('money.error.noDecimals', { currency }) : t('money.error.decimals', { currency, count: digits }) };
    }
    if (e instanceof MoneyError && e.code === 'overflow') return tooLarge();
    return { state: 'invalid', message: t('money.error.amountFormat', { example: numberSymbolsOf(locale).example }) };
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * What is wrong with a date that is not a real YYYY-MM-DD date, in words: a day the month does not
 * have ("2026-02-30") is named as such rather than blamed on the format.
 */
export function badDateText(t: TFunction, s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (m) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) {
      const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
      return t('money.error.noSuchDay', { date: s.trim(), month: `${m[1]}-${m[2]}`, days });
    }
    return t('money.error.noSuchMonth', { date: s.trim() });
  }
  return t('money.error.date');
}
