/**
 * Reads an amount as people in one of the UI locales type it ("1.234,56" in sr-Latn, "1 234,56"
 * in sq, "1,234.56" in en) into exact Money, refusing rather than guessing whenever the separators
 * do not fit the locale.
 *
 * Separators come from the runtime's ICU (Intl.NumberFormat#formatToParts(12345.6)), or, where
 * ./locale-format found that the runtime lacks the locale (Chromium/Electron have no sq, mk or bs
 * number data), from the same snapshot of Node's ICU that formatAmountIn/formatMoneyIn then print
 * with. So whatever the app displays in a runtime parses back in it. Node 20.20 (ICU 78.2,
 * CLDR 48) gives:
 *
 * | UI locale | Intl tag   | group                  | decimal | minus  | note                                |
 * |-----------|------------|------------------------|---------|--------|-------------------------------------|
 * | en        | en         | ','                    | '.'     | '-'    |                                     |
 * | sq        | sq         | U+00A0 no-break space  | ','     | '-'    | no group below 10 000 ("1234,5")    |
 * | bs        | bs         | '.'                    | ','     | '-'    |                                     |
 * | hr        | hr         | '.'                    | ','     | U+2212 | minus is "−", not "-"               |
 * | sr-Latn   | sr-Latn    | '.'                    | ','     | '-'    | also what the 'sh' alias resolves to |
 * | sr-Cyrl   | sr-Cyrl    | '.'                    | ','     | '-'    | digits stay 0-9 (latn numbering)    |
 * | cnr       | sr-Latn-ME | '.'                    | ','     | '-'    | plain 'me' would fall back to en-US |
 * | mk        | mk         | '.'                    | ','     | '-'    |                                     |
 *
 * Accepted, besides the locale's own group separator: a space, U+00A0, U+202F or U+2009 between
 * groups of three digits in every locale; in sq (space-grouped, ',' decimal) also '.' between
 * thousands, as banks in Kosovo and Albania print it, but only where it cannot be a decimal point
 * (two or more of them, or followed by the ',' decimals): a lone "1.234" in sq is refused as
 * ambiguous. Minus: '-' or U+2212. A currency code or symbol may come before or after the number
 * and must then be `currency`'s (code in any case, the locale's and English symbols, and the local
 * abbreviations din., ден., KM, Lekë).
 *
 * Every refusal is a MoneyError: 'unknown_currency'; 'currency_mismatch' when the text names
 * another currency; 'invalid_amount' for everything else, with a message that says what the
 * locale's separators are (numberSymbolsOf gives the same facts to a UI that localises messages);
 * 'overflow' from parseAmount. No new MoneyError code was needed: an ambiguous input is an
 * 'invalid_amount' whose message says it is ambiguous.
 */
import { isCurrencyCode, minorUnitsOf } from './currencies';
import { LOCALE_DATA } from './locale-data';
import { formatAmountIn, intlHasLocale } from './locale-format';
import { intlLocaleOf, type UiLocale } from './locales';
import { MoneyError, money, parseAmount, type Money } from './money';

/** The separators in use for `locale`; `example` is 1234.56 as displayed (12345.67 where 1234 is not grouped). */
export type NumberSymbols = {
  readonly decimal: string;
  readonly group: string;
  readonly minusSign: string;
  readonly example: string;
};

const symbolsCache = new Map<UiLocale, NumberSymbols>();

export function numberSymbolsOf(locale: UiLocale): NumberSymbols {
  const cached = symbolsCache.get(locale);
  if (cached) return cached;
  const tag = intlLocaleOf(locale);
  let decimal: string;
  let group: string;
  let minusSign: string;
  if (intlHasLocale(locale)) {
    const nf = new Intl.NumberFormat(tag);
    const parts = nf.formatToParts(12345.6);
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    group = parts.find((p) => p.type === 'group')?.value ?? '';
    minusSign = nf.formatToParts(-1).find((p) => p.type === 'minusSign')?.value ?? '-';
  } else {
    ({ decimal, group, minus: minusSign } = LOCALE_DATA[locale]);
  }
  const small = formatAmountIn(money(123456, 'EUR'), locale);
  const example = group !== '' && small.includes(group) ? small : formatAmountIn(money(1234567, 'EUR'), locale);
  const symbols = Object.freeze({ decimal, group, minusSign, example });
  symbolsCache.set(locale, symbols);
  return symbols;
}

const SPACES = '\u0020\u00A0\u202F\u2009';
const SPACE_RUN = /[\u0020\u00A0\u202F\u2009]/g;

/** Local ways of writing a currency that Intl does not print for the app's locales. */
const LOCAL_CURRENCY_SIGNS: Readonly<Record<string, readonly string[]>> = {
  RSD: ['din', 'дин', 'RSD'],
  MKD: ['den', 'ден', 'MKD'],
  ALL: ['lek', 'lekë', 'leke', 'лек'],
  BAM: ['KM', 'КМ'],
  EUR: ['€'],
  USD: ['$', 'US$'],
};

/** Case-folded, without a trailing abbreviation point ("din." = "din" = "DIN"). */
function normaliseSign(sign: string): string {
  return sign.toLowerCase().replace(/\.$/, '');
}

const signsCache = new Map<string, ReadonlySet<string>>();

function currencySigns(currency: string, locale: UiLocale): ReadonlySet<string> {
  const tag = intlLocaleOf(locale);
  const key = `${currency}\u0000${locale}`;
  let signs = signsCache.get(key);
  if (!signs) {
    const set = new Set([normaliseSign(currency), ...(LOCAL_CURRENCY_SIGNS[currency] ?? []).map(normaliseSign)]);
    const snapshot = LOCALE_DATA[locale].symbols[currency];
    if (snapshot !== undefined) set.add(normaliseSign(snapshot));
    for (const loc of [tag, 'en']) {
      for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
        const part = new Intl.NumberFormat(loc, { style: 'currency', currency, currencyDisplay })
          .formatToParts(1)
          .find((p) => p.type === 'currency');
        if (part) set.add(normaliseSign(part.value));
      }
    }
    signs = set;
    signsCache.set(key, signs);
  }
  return signs;
}

function looksLikeACurrency(sign: string): boolean {
  if (/\p{Sc}/u.test(sign) || isCurrencyCode(sign.toUpperCase())) return true;
  const n = normaliseSign(sign);
  return Object.values(LOCAL_CURRENCY_SIGNS).some((list) => list.some((s) => normaliseSign(s) === n));
}

/** Shortens user input quoted in messages so a pasted essay does not become the error. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function describe(separator: string): string {
  if (separator === '.') return "'.' (point)";
  if (separator === ',') return "',' (comma)";
  if (separator === '') return 'nothing';
  if (SPACES.includes(separator)) return 'a space';
  return `'${separator}'`;
}

const SIGN = '[-\u2212]';
// A currency: starts with a letter or currency symbol, may contain points ("din.", "ден.") and a
// no-break space between words (ICU's XOF symbol is "F\u202FCFA").
const CURRENCY_WORD = String.raw`(?:\p{L}|\p{Sc})[\p{L}\p{Sc}.]*`;
const CURRENCY = String.raw`${CURRENCY_WORD}(?:[\u00A0\u202F]${CURRENCY_WORD})*`;
const NUMBER = String.raw`\d(?:[\d.,${SPACES}]*\d)?`;
const SHAPE = new RegExp(String.raw`^(${SIGN})?\s*(${CURRENCY})?\s*(${SIGN})?\s*(${NUMBER})\s*(${CURRENCY})?$`, 'u');

/**
 * Parses `text` typed in `locale` as an amount of `currency`: optional minus ('-' or '−'), digits
 * grouped by the locale's group separator or spaces (groups of three, first group 1-3 digits,
 * not starting with 0) or not grouped at all, then optionally the locale's decimal separator and
 * at most the currency's ISO 4217 minor units (more are refused, never rounded), with an optional
 * currency code/symbol before or after. The result is exactly parseAmount of the canonical form.
 *
 * Throws RangeError for a locale that is not a UiLocale (AppLocale is the same type), MoneyError
 * otherwise (see the top of this file).
 */
export function parseLocaleAmount(text: string, currency: string, locale: UiLocale): Money {
  intlLocaleOf(locale); // RangeError for anything that is not a UI locale, before any input is judged
  let digits: number;
  try {
    digits = minorUnitsOf(currency);
  } catch {
    throw new MoneyError('unknown_currency', `Unknown currency code ${JSON.stringify(String(currency))}`);
  }
  if (typeof text !== 'string') throw new MoneyError('invalid_amount', `Amount must be text, got ${typeof text}`);
  const t = text.trim();
  if (t === '') throw new MoneyError('invalid_amount', 'Amount is empty');
  const { decimal, group, example } = numberSymbolsOf(locale);
  const invalid = (why: string) =>
    new MoneyError('invalid_amount', `${quote(text)} is not an amount in ${locale}: ${why}. Write it like ${example}`);

  const shape = SHAPE.exec(t);
  if (!shape) {
    throw invalid(`use digits, ${describe(decimal)} before the decimals and optionally ${describe(group)} between thousands, with an optional leading '-'`);
  }
  const [, sign1, before, sign2, body = '', after] = shape;
  if (sign1 && sign2) throw invalid('it has two minus signs');
  if (before && after) throw invalid('it names a currency twice');
  const currencySign = before ?? after;
  if (currencySign !== undefined && !currencySigns(currency, locale).has(normaliseSign(currencySign))) {
    if (looksLikeACurrency(currencySign)) {
      throw new MoneyError('currency_mismatch', `${quote(text)} is written in ${currencySign}, but this amount is in ${currency}`);
    }
    throw invalid(`${quote(currencySign)} is not a currency`);
  }
  const negative = sign1 !== undefined || sign2 !== undefined;

  // Number body: any space-like separator is one kind of group separator.
  if (/[\u0020\u00A0\u202F\u2009]{2}/.test(body)) throw invalid('it has two spaces in a row');
  const b = body.replace(SPACE_RUN, ' ');
  const pieces = b.split(decimal);
  if (pieces.length > 2) {
    throw invalid(`${describe(decimal)} is the decimal separator there and can appear only once`);
  }
  const [intPart = '', frac] = pieces;
  if (frac !== undefined && !/^\d+$/.test(frac)) {
    const found = frac.replace(/\d/g, '')[0] ?? '';
    if (found === ' ') throw invalid(`the digits after ${describe(decimal)}, the decimal separator there, cannot be grouped`);
    throw invalid(
      `it has ${describe(found)} after ${describe(decimal)}, but ${describe(decimal)} is the decimal separator there and ${describe(group)} separates thousands, so the separators are the wrong way round`,
    );
  }
  const separators = new Set(intPart.replace(/\d/g, ''));
  if (separators.size > 1) {
    throw invalid(`it groups thousands with both ${[...separators].map(describe).join(' and ')}; the decimal separator there is ${describe(decimal)}`);
  }
  const [separator] = separators;
  if (separator !== undefined) {
    const spaceGroup = SPACES.includes(group);
    const allowed = separator === ' ' || separator === group || (separator === '.' && decimal === ',' && spaceGroup);
    if (!allowed) {
      throw invalid(`${describe(separator)} is not used between thousands there; the decimal separator is ${describe(decimal)}`);
    }
    const esc = separator === '.' ? '\\.' : separator;
    if (!new RegExp(`^[1-9]\\d{0,2}(?:${esc}\\d{3})+$`).test(intPart)) {
      throw invalid(
        `${describe(separator)} separates thousands there, so it must stand between groups of exactly three digits; the decimal separator is ${describe(decimal)}`,
      );
    }
    if (separator === '.' && separator !== group && frac === undefined && intPart.split('.').length === 2) {
      const [whole = '', part = ''] = intPart.split('.');
      throw invalid(
        `it is ambiguous: one '.' could group thousands or be a decimal point, and the decimal separator there is ${describe(decimal)}; write ${whole}${part} (or ${whole} ${part}) for the thousands, ${whole}${decimal}${part} for decimals`,
      );
    }
  }
  const fraction = frac ?? '';
  if (fraction.length > digits) {
    const suffix = `(${describe(decimal)} is the decimal separator in ${locale}; thousands are grouped with ${describe(group)}, e.g. ${example})`;
    throw new MoneyError(
      'too_many_decimals',
      digits === 0
        ? `${currency} has no decimal places, so ${quote(text)} cannot be entered ${suffix}`
        : `${currency} has ${digits} decimal place${digits === 1 ? '' : 's'}, but ${quote(text)} has ${fraction.length} ${suffix}`,
    );
  }
  const canonical = `${negative ? '-' : ''}${intPart.replace(/\D/g, '')}${frac === undefined ? '' : `.${frac}`}`;
  return parseAmount(canonical, currency);
}
