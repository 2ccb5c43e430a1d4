import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_LOCALES, UI_LOCALES, intlLocaleOf, isAppLocale, type AppLocale } from '../../../../core/domain/locales';
import { CURRENCIES as ALL_CURRENCIES } from '../../../../core/domain/currencies';
import { LOCALE_DATA } from '../../../../core/domain/locale-data';
import { formatAmountIn, formatMoneyIn } from '../../../../core/domain/locale-format';
import { MoneyError, formatAmount, formatMoney, money, type MoneyErrorCode } from '../../../../core/domain/money';
import { numberSymbolsOf, parseLocaleAmount } from '../../../../core/domain/parse-locale-amount';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

function moneyError(fn: () => unknown): MoneyError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MoneyError);
    return e as MoneyError;
  }
  throw new Error('expected a MoneyError, nothing was thrown');
}

function refused(text: string, currency: string, locale: AppLocale, code: MoneyErrorCode = 'invalid_amount'): string {
  const e = moneyError(() => parseLocaleAmount(text, currency, locale));
  expect(e.code).toBe(code);
  return e.message;
}

const minor = (text: string, currency: string, locale: AppLocale) => parseLocaleAmount(text, currency, locale).amountMinor;

describe('locales', () => {
  it('lists the UI locales once (APP_LOCALES is the same list); sh is a catalogue, not a choice', () => {
    expect(APP_LOCALES).toBe(UI_LOCALES);
    expect(APP_LOCALES).toEqual(['en', 'sq', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'cnr', 'mk']);
    expect(APP_LOCALES.every(isAppLocale)).toBe(true);
    for (const no of ['sr', 'sh', 'me', undefined]) expect(isAppLocale(no)).toBe(false);
  });

  it('maps every app locale to a tag ICU resolves to itself', () => {
    for (const l of APP_LOCALES) {
      const tag = intlLocaleOf(l);
      expect(Intl.NumberFormat.supportedLocalesOf([tag])).toEqual([tag]);
      expect(new Intl.NumberFormat(tag).resolvedOptions().locale).toBe(tag);
    }
    expect(intlLocaleOf('cnr')).toBe('sr-Latn-ME');
  });

  it('needs the mapping: "me" is unknown to ICU and would format like en-US; "sh" is an ICU alias of sr-Latn', () => {
    expect(Intl.NumberFormat.supportedLocalesOf(['me'])).toEqual([]);
    expect(new Intl.NumberFormat('me').format(1234.5)).toBe('1,234.5');
    expect(new Intl.NumberFormat('sh').resolvedOptions().locale).toBe('sr-Latn');
  });

  it('refuses a locale that is not an app locale', () => {
    expect(() => intlLocaleOf('de' as AppLocale)).toThrow(RangeError);
    expect(() => parseLocaleAmount('1', 'EUR', 'sr' as AppLocale)).toThrow(RangeError);
  });

  // Recorded in docs/glossary/README.md; a newer ICU that changes these should make us re-check the docs.
  it.each([
    ['en', ['one', 'other']],
    ['sq', ['one', 'other']],
    ['bs', ['few', 'one', 'other']],
    ['hr', ['few', 'one', 'other']],
    ['cnr', ['few', 'one', 'other']],
    ['sr-Latn', ['few', 'one', 'other']],
    ['sr-Cyrl', ['few', 'one', 'other']],
    ['mk', ['one', 'other']],
  ] as const)('plural categories of %s are %j', (l, categories) => {
    expect([...new Intl.PluralRules(intlLocaleOf(l)).resolvedOptions().pluralCategories].sort()).toEqual([...categories].sort());
  });

  it('selects BCMS and Macedonian plurals as the glossary says', () => {
    const sr = new Intl.PluralRules(intlLocaleOf('sr-Latn'));
    expect([1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => sr.select(n))).toEqual(['one', 'few', 'other', 'other', 'other', 'one', 'few', 'other', 'one', 'other']);
    const mk = new Intl.PluralRules(intlLocaleOf('mk'));
    expect([1, 2, 5, 11, 21, 22, 101, 111].map((n) => mk.select(n))).toEqual(['one', 'other', 'other', 'other', 'one', 'other', 'one', 'other']);
    const sq = new Intl.PluralRules(intlLocaleOf('sq'));
    expect([0, 1, 2, 21].map((n) => sq.select(n))).toEqual(['other', 'one', 'other', 'other']);
  });
});

describe('numberSymbolsOf', () => {
  it.each([
    ['en', ',', '.', '-', '1,234.56'],
    ['sq', NBSP, ',', '-', `12${NBSP}345,67`],
    ['bs', '.', ',', '-', '1.234,56'],
    ['hr', '.', ',', '\u2212', '1.234,56'],
    ['cnr', '.', ',', '-', '1.234,56'],
    ['sr-Latn', '.', ',', '-', '1.234,56'],
    ['sr-Cyrl', '.', ',', '-', '1.234,56'],
    ['mk', '.', ',', '-', '1.234,56'],
  ] as const)('%s: group %j, decimal %j, minus %j (Node 20 ICU)', (l, group, decimal, minusSign, example) => {
    expect(numberSymbolsOf(l)).toEqual({ group, decimal, minusSign, example });
  });

  it('matches the ICU snapshot used where the runtime lacks a locale (Chromium), so both paths parse alike', () => {
    for (const l of APP_LOCALES) {
      const { decimal, group, minus } = LOCALE_DATA[l];
      expect(numberSymbolsOf(l)).toMatchObject({ decimal, group, minusSign: minus });
    }
  });
});

describe('parseLocaleAmount: accepted input', () => {
  it.each([
    // [text, locale, EUR minor units]
    ['1,234.56', 'en', 123456],
    ['1234.56', 'en', 123456],
    ['1,234', 'en', 123400],
    ['1 234.5', 'en', 123450],
    ['-0.05', 'en', -5],
    ['€1,234.56', 'en', 123456],
    ['-€1,234.56', 'en', -123456],
    ['€-5', 'en', -500],
    ['EUR 1,234,567.89', 'en', 123456789],
    [`12${NBSP}345,67`, 'sq', 1234567],
    ['1234,5', 'sq', 123450],
    ['1 234,56 €', 'sq', 123456],
    [`1${NNBSP}234${NNBSP}567`, 'sq', 123456700],
    ['1.234,56', 'sq', 123456],
    ['1.234.567', 'sq', 123456700],
    ['1.234,56', 'sr-Latn', 123456],
    ['1.234', 'sr-Latn', 123400],
    ['1234,5', 'sr-Latn', 123450],
    ['1 234,56', 'sr-Latn', 123456],
    ['-1.234.567,89 €', 'sr-Latn', -123456789],
    ['1.234,56', 'bs', 123456],
    ['\u22121.234,56\u00A0€', 'hr', -123456],
    ['-1.234,56', 'hr', -123456],
    ['1.234,56 eur', 'cnr', 123456],
    ['1.234,56', 'sr-Latn', 123456],
    ['1.234,56 €', 'sr-Cyrl', 123456],
    ['1.234,56', 'mk', 123456],
    ['  7  ', 'mk', 700],
    ['007', 'en', 700],
  ] as const)('%j in %s', (text, locale, expected) => {
    expect(parseLocaleAmount(text, 'EUR', locale)).toEqual(money(expected, 'EUR'));
  });

  it.each([
    ['1.234,56 din.', 'RSD', 'sr-Latn', 123456],
    ['1.234,56 дин.', 'RSD', 'sr-Cyrl', 123456],
    ['1.234,56 RSD', 'RSD', 'sr-Latn', 123456],
    ['1.234,56 ден.', 'MKD', 'mk', 123456],
    ['1.234,56 den', 'MKD', 'sr-Latn', 123456],
    ['1.234,56 KM', 'BAM', 'bs', 123456],
    ['1.234,56 КМ', 'BAM', 'sr-Cyrl', 123456],
    ['1 234,56 Lekë', 'ALL', 'sq', 123456],
    ['1234 lekë', 'ALL', 'sq', 123400],
    ['US$ 5', 'USD', 'sq', 500],
    ['$5', 'USD', 'en', 500],
    ['1.234', 'JPY', 'hr', 1234],
    ['1,234', 'KWD', 'sr-Latn', 1234],
    ['1.234,567', 'KWD', 'mk', 1234567],
  ] as const)('%j %s in %s', (text, currency, locale, expected) => {
    expect(parseLocaleAmount(text, currency, locale)).toEqual(money(expected, currency));
  });

  it('gives one zero', () => {
    expect(Object.is(parseLocaleAmount('-0,00', 'EUR', 'hr').amountMinor, 0)).toBe(true);
  });
});

describe('parseLocaleAmount: ambiguous and wrong input is refused, saying why', () => {
  it('"1.23" in a comma-decimal locale is neither a thousands group nor a decimal', () => {
    for (const l of ['bs', 'hr', 'cnr', 'sr-Latn', 'sr-Cyrl', 'mk'] as const) {
      const msg = refused('1.23', 'EUR', l);
      expect(msg).toContain("the decimal separator is ',' (comma)");
      expect(msg).toContain('1.234,56');
    }
  });

  it('"1,234" is 1234 in en but 1,234 (three decimals) in sr-Latn, which RSD does not have', () => {
    expect(minor('1,234', 'RSD', 'en')).toBe(123400);
    const msg = refused('1,234', 'RSD', 'sr-Latn', 'too_many_decimals');
    expect(msg).toContain('RSD has 2 decimal places');
    expect(msg).toContain('"1,234" has 3');
    expect(msg).toContain("thousands are grouped with '.' (point), e.g. 1.234,56");
    expect(refused('1,5', 'JPY', 'mk', 'too_many_decimals')).toContain('JPY has no decimal places');
  });

  it('separators in the wrong order name the expected format', () => {
    const sr = refused('1,234.56', 'EUR', 'sr-Latn');
    expect(sr).toContain('wrong way round');
    expect(sr).toContain('Write it like 1.234,56');
    expect(refused('1.234,56', 'EUR', 'en')).toContain('Write it like 1,234.56');
    expect(refused('1,234.56', 'EUR', 'sq')).toContain('wrong way round');
  });

  it('a lone "." in sq could be a thousands point or a decimal point', () => {
    const msg = refused('1.234', 'EUR', 'sq');
    expect(msg).toContain('ambiguous');
    expect(msg).toContain("the decimal separator there is ',' (comma)");
    expect(minor('1.234,00', 'EUR', 'sq')).toBe(123400);
  });

  it.each([
    ['1.234.56', 'en', 'can appear only once'],
    ['1,23,456', 'en', 'groups of exactly three digits'],
    ['12,34', 'en', 'groups of exactly three digits'],
    ['0.123', 'sr-Latn', 'groups of exactly three digits'],
    ['1234.567', 'hr', 'groups of exactly three digits'],
    ['1 234.56', 'sr-Latn', "both a space and '.' (point)"],
    ['1.234 567', 'mk', "both '.' (point) and a space"],
    ['1,23 4', 'bs', 'cannot be grouped'],
    ['1  234', 'en', 'two spaces'],
    ['--5', 'en', 'two minus signs'],
    ['-€-5', 'en', 'two minus signs'],
    ['€5 EUR', 'en', 'currency twice'],
    ['5 abc', 'en', '"abc" is not a currency'],
    ['+5', 'en', 'use digits'],
    ['1e5', 'en', 'use digits'],
    ['12,', 'hr', 'use digits'],
    [',5', 'hr', 'use digits'],
    ["1'234", 'en', 'use digits'],
    ['١٢٣', 'en', 'use digits'],
  ] as const)('%j in %s: %s', (text, locale, why) => {
    expect(refused(text, 'EUR', locale)).toContain(why);
  });

  it('refuses empty input', () => {
    expect(refused('', 'EUR', 'en')).toBe('Amount is empty');
    expect(refused(` ${NBSP} `, 'EUR', 'sq')).toBe('Amount is empty');
  });

  it('refuses another currency with currency_mismatch', () => {
    expect(refused('$5', 'EUR', 'en', 'currency_mismatch')).toContain('this amount is in EUR');
    expect(refused('5 USD', 'EUR', 'sr-Latn', 'currency_mismatch')).toContain('written in USD');
    expect(refused('1.234,56 din.', 'EUR', 'sr-Latn', 'currency_mismatch')).toContain('written in din.');
    expect(refused('5 KM', 'RSD', 'bs', 'currency_mismatch')).toContain('RSD');
  });

  it('refuses an unknown currency and non-text', () => {
    expect(refused('5', 'XYZ', 'en', 'unknown_currency')).toContain('XYZ');
    expect(refused(5 as unknown as string, 'EUR', 'en')).toContain('must be text');
  });

  it('refuses amounts beyond the safe range with overflow', () => {
    refused('90.071.992.547.409,92', 'EUR', 'sr-Latn', 'overflow');
    expect(minor('90.071.992.547.409,91', 'EUR', 'sr-Latn')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('parseLocaleAmount round trips', () => {
  const CURRENCIES = ['EUR', 'USD', 'RSD', 'MKD', 'ALL', 'BAM', 'CHF', 'GBP', 'JPY', 'KWD', 'CLF', 'XOF'];
  const safeMoney = fc
    .tuple(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...CURRENCIES))
    .map(([n, c]) => money(n, c));
  const smallMoney = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom(...CURRENCIES)).map(([n, c]) => money(n, c));
  const anyMoney = fc.oneof(safeMoney, smallMoney);

  it('parses formatAmount back to the same Money in every locale', () => {
    fc.assert(
      fc.property(anyMoney, fc.constantFrom(...APP_LOCALES), (m, l) => {
        expect(parseLocaleAmount(formatAmount(m, intlLocaleOf(l)), m.currency, l)).toEqual(m);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses formatMoney (with the locale\'s currency symbol) back to the same Money in every locale', () => {
    fc.assert(
      fc.property(anyMoney, fc.constantFrom(...APP_LOCALES), (m, l) => {
        expect(parseLocaleAmount(formatMoney(m, intlLocaleOf(l)), m.currency, l)).toEqual(m);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses what the app displays (formatAmountIn, formatMoneyIn) back to the same Money', () => {
    fc.assert(
      fc.property(anyMoney, fc.constantFrom(...APP_LOCALES), (m, l) => {
        expect(parseLocaleAmount(formatAmountIn(m, l), m.currency, l)).toEqual(m);
        expect(parseLocaleAmount(formatMoneyIn(m, l), m.currency, l)).toEqual(m);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads every ISO currency back from formatMoney in every locale', () => {
    for (const c of ALL_CURRENCIES.keys()) {
      for (const l of APP_LOCALES) {
        const m = money(-123456789, c);
        expect(parseLocaleAmount(formatMoney(m, intlLocaleOf(l)), c, l)).toEqual(m);
      }
    }
  });

  it('round trips the edges in every locale and currency', () => {
    for (const l of APP_LOCALES) {
      for (const c of CURRENCIES) {
        for (const n of [0, 1, -1, 999, 1000, 99_999, 100_000, 123_456_789, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
          const m = money(n, c);
          expect(parseLocaleAmount(formatAmount(m, intlLocaleOf(l)), c, l)).toEqual(m);
          expect(parseLocaleAmount(formatMoney(m, intlLocaleOf(l)), c, l)).toEqual(m);
        }
      }
    }
  });
});
