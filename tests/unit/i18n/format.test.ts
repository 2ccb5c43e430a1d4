import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '../../../core/domain/currencies';
import {
  formatAmountIn,
  formatIntegerIn,
  formatLongDate,
  formatMoneyIn,
  intlHasLocale,
  snapshotAmount,
  snapshotLongDate,
  snapshotMoney,
} from '../../../core/domain/locale-format';
import { intlLocaleOf, UI_LOCALES, type UiLocale } from '../../../core/domain/locales';
import { formatAmount, formatMoney, money } from '../../../core/domain/money';

// The same amounts and date in every UI locale, as Node's ICU (78.2, CLDR 48) formats them, with
// ISO 4217 digits forced (CLDR alone would print ALL, RSD and MKD without decimals). Columns:
// 1234.56 of EUR, RSD, MKD, ALL, BAM, USD; -1234.56 EUR; 123456 JPY (no minor units);
// -1234567.89 EUR without currency; the count 1234; 2026-11-24 written out.
// \u00a0 no-break space, \u202f narrow no-break space, \u2212 minus sign.
const EXPECTED: Record<UiLocale, string[]> = {
  en: ['€1,234.56', 'RSD\u00a01,234.56', 'MKD\u00a01,234.56', 'ALL\u00a01,234.56', 'BAM\u00a01,234.56', '$1,234.56', '-€1,234.56', '¥123,456', '-1,234,567.89', '1,234', 'November 24, 2026'],
  sq: ['1234,56\u00a0€', '1234,56\u00a0RSD', '1234,56\u00a0MKD', '1234,56\u00a0Lekë', '1234,56\u00a0BAM', '1234,56\u00a0US$', '-1234,56\u00a0€', '123\u00a0456\u00a0JP¥', '-1\u00a0234\u00a0567,89', '1234', '24 nëntor 2026'],
  bs: ['1.234,56\u00a0€', '1.234,56\u00a0din.', '1.234,56\u00a0MKD', '1.234,56\u00a0ALL', '1.234,56\u00a0KM', '1.234,56\u00a0USD', '-1.234,56\u00a0€', '123.456\u00a0¥', '-1.234.567,89', '1.234', '24. novembar 2026.'],
  hr: ['1.234,56\u00a0€', '1.234,56\u00a0RSD', '1.234,56\u00a0MKD', '1.234,56\u00a0ALL', '1.234,56\u00a0BAM', '1.234,56\u00a0USD', '\u22121.234,56\u00a0€', '123.456\u00a0JPY', '\u22121.234.567,89', '1.234', '24. studenoga 2026.'],
  'sr-Latn': ['1.234,56\u00a0€', '1.234,56\u00a0RSD', '1.234,56\u00a0MKD', '1.234,56\u00a0ALL', '1.234,56\u00a0KM', '1.234,56\u00a0US$', '-1.234,56\u00a0€', '123.456\u00a0¥', '-1.234.567,89', '1.234', '24. novembar 2026.'],
  'sr-Cyrl': ['1.234,56\u00a0€', '1.234,56\u00a0RSD', '1.234,56\u00a0MKD', '1.234,56\u00a0ALL', '1.234,56\u00a0КМ', '1.234,56\u00a0US$', '-1.234,56\u00a0€', '123.456\u00a0¥', '-1.234.567,89', '1.234', '24. новембар 2026.'],
  cnr: ['1.234,56\u00a0€', '1.234,56\u00a0RSD', '1.234,56\u00a0MKD', '1.234,56\u00a0ALL', '1.234,56\u00a0KM', '1.234,56\u00a0US$', '-1.234,56\u00a0€', '123.456\u00a0¥', '-1.234.567,89', '1.234', '24. novembar 2026.'],
  mk: ['1.234,56\u00a0€', '1.234,56\u00a0RSD', '1.234,56\u00a0ден.', '1.234,56\u00a0ALL', '1.234,56\u00a0BAM', '1.234,56\u00a0US$', '-1.234,56\u00a0€', '123.456\u00a0JPY', '-1.234.567,89', '1.234', '24 ноември 2026 г.'],
};

function row(locale: UiLocale, fmt: (m: ReturnType<typeof money>, l: UiLocale) => string, amount: typeof formatAmountIn): string[] {
  return [
    ...['EUR', 'RSD', 'MKD', 'ALL', 'BAM', 'USD'].map((c) => fmt(money(123456, c), locale)),
    fmt(money(-123456, 'EUR'), locale),
    fmt(money(123456, 'JPY'), locale),
    amount(money(-123456789, 'EUR'), locale),
  ];
}

describe('formatting per UI locale', () => {
  it.each(UI_LOCALES)('%s: amounts, a count and a date', (locale) => {
    expect([...row(locale, formatMoneyIn, formatAmountIn), formatIntegerIn(1234, locale), formatLongDate('2026-11-24', locale)]).toEqual(EXPECTED[locale]);
  });

  it.each(UI_LOCALES)('%s: the snapshot alone gives the same strings (what Chromium shows where its ICU lacks the locale)', (locale) => {
    expect([...row(locale, snapshotMoney, snapshotAmount), snapshotAmount(money(1234, 'JPY'), locale), snapshotLongDate('2026-11-24', locale)]).toEqual(EXPECTED[locale]);
  });

  it('uses Intl in Node, whose ICU has every UI locale', () => {
    for (const locale of UI_LOCALES) expect(intlHasLocale(locale), locale).toBe(true);
  });

  it.each(UI_LOCALES)('%s: the snapshot equals Node ICU for every currency, sign and size', (locale) => {
    const tag = intlLocaleOf(locale);
    for (const code of CURRENCIES.keys()) {
      for (const minor of [0, 7, -5, 1234, 123456, -98765432, 1234567890123]) {
        const m = money(minor, code);
        expect(snapshotMoney(m, locale), `${minor} ${code}`).toBe(formatMoney(m, tag));
        expect(snapshotAmount(m, locale), `${minor} ${code}`).toBe(formatAmount(m, tag));
      }
    }
  });

  it.each(UI_LOCALES)('%s: the snapshot equals Node ICU for every day of a year', (locale) => {
    const format = new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long', timeZone: 'UTC' });
    for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(snapshotLongDate(iso, locale), iso).toBe(format.format(t));
    }
  });

  it('refuses dates that are not ISO days', () => {
    expect(() => formatLongDate('2026-02-30', 'en')).toThrow(RangeError);
    expect(() => formatLongDate('24.11.2026', 'mk')).toThrow(RangeError);
  });
});
