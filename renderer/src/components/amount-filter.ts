import { numberSymbolsOf, parseLocaleAmount } from '../../../core/domain/parse-locale-amount';
import type { UiLocale } from '../../../core/domain/locales';
import { toDecimalString } from '../../../core/domain/money';

/** Filters on money columns are typed in whole units of any currency; two decimals are allowed, as in EUR. */
const FILTER_DIGITS_CURRENCY = 'EUR';

export type AmountFilterParams = {
  allowedCharPattern: string;
  numberParser(text: string | null): number | null;
  numberFormatter(value: number | null): string | null;
};

/**
 * ag-grid number-filter params that read amounts as people write them in `locale` ("50.000,50" in
 * sr-Latn, "50 000,50" in sq) and refuse ambiguous ones ("1.234" in sq could be either): the
 * refused text goes to `onRefused` so the screen can say why, and the filter stays inactive.
 */
export function amountFilterParams(locale: UiLocale, onRefused: (text: string | null) => void): AmountFilterParams {
  const { decimal } = numberSymbolsOf(locale);
  return {
    // Digits, minus signs, both separators and spaces (\s includes the no-break ones).
    allowedCharPattern: '\\d\\-\\u2212.,\\s',
    numberParser(text) {
      if (text === null || text.trim() === '') {
        onRefused(null);
        return null;
      }
      try {
        const value = Number(toDecimalString(parseLocaleAmount(text, FILTER_DIGITS_CURRENCY, locale)));
        onRefused(null);
        return value;
      } catch {
        onRefused(text);
        return null;
      }
    },
    numberFormatter: (value) => (value === null ? null : String(value).replace('.', decimal)),
  };
}
