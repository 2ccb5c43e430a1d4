/**
 * Numbers, money and long dates for a UI locale: Intl with the locale's tag (./locales), always
 * with the currency's ISO 4217 minor digits (./money), unless the runtime's ICU lacks the locale.
 *
 * Chromium, and so Electron, ships a reduced ICU: Albanian and Macedonian numbers come out in
 * en-US style there ("€1,234.56"), Bosnian ones in CLDR's root style ("€ 1,234.56", "2026 M11 24").
 * So each locale is checked once against a snapshot of Node's full ICU (./locale-data, generated);
 * where the runtime disagrees, the snapshot formats instead. In Node both give the same strings
 * (tests/unit/i18n/format.test.ts proves it for every currency and every day of a year).
 */
import { LOCALE_DATA, type LocaleData } from './locale-data';
import { intlLocaleOf, type UiLocale } from './locales';
import { formatAmount, formatMoney, money, toDecimalString, type Money } from './money';

const LETTER_AT_END = /\p{L}$/u;

function grouped(integer: string, d: LocaleData): string {
  if (integer.length < 3 + d.minimumGroupingDigits) return integer;
  return integer.replace(/\B(?=(\d{3})+$)/g, d.group);
}

/** The digits of `m` in the snapshot's conventions, without sign or currency. */
function digitsOf(m: Money, d: LocaleData): { negative: boolean; text: string } {
  const s = toDecimalString(m);
  const negative = s.startsWith('-');
  const [integer = '', fraction] = (negative ? s.slice(1) : s).split('.');
  return { negative, text: grouped(integer, d) + (fraction === undefined ? '' : d.decimal + fraction) };
}

/** Money as Node's full ICU formats it in `locale`, from the snapshot alone (no Intl). */
export function snapshotMoney(m: Money, locale: UiLocale): string {
  const d = LOCALE_DATA[locale];
  const { negative, text } = digitsOf(m, d);
  const symbol = d.symbols[m.currency] ?? m.currency;
  const sign = negative ? d.minus : '';
  if (d.currencyAt === 'end') return `${sign}${text}${d.currencyGap}${symbol}`;
  return `${sign}${symbol}${LETTER_AT_END.test(symbol) ? d.currencyGap : ''}${text}`;
}

/** As snapshotMoney without the currency. */
export function snapshotAmount(m: Money, locale: UiLocale): string {
  const d = LOCALE_DATA[locale];
  const { negative, text } = digitsOf(m, d);
  return (negative ? d.minus : '') + text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(isoDate: string): [number, number, number] {
  const m = ISO_DATE.exec(isoDate);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!m || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  return [y, mo, d];
}

/** A long date ("24 nëntor 2026") from the snapshot alone. */
export function snapshotLongDate(isoDate: string, locale: UiLocale): string {
  const [y, mo, d] = dateParts(isoDate);
  const data = LOCALE_DATA[locale];
  return data.longDate.replace('{d}', String(d)).replace('{MMMM}', data.months[mo - 1]!).replace('{y}', String(y));
}

function intlLongDate(isoDate: string, locale: UiLocale): string {
  const [y, mo, d] = dateParts(isoDate);
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
}

const PROBE_MONEY = [money(-123456789, 'EUR'), money(123456, 'CHF'), money(1234, 'USD')];
const PROBE_DATES = ['2026-11-24', '2027-02-05'];
const agrees = new Map<UiLocale, boolean>();

/** Does this runtime's Intl format `locale` as the snapshot says? Checked once per locale. */
export function intlHasLocale(locale: UiLocale): boolean {
  let ok = agrees.get(locale);
  if (ok === undefined) {
    const tag = intlLocaleOf(locale);
    ok =
      PROBE_MONEY.every((m) => formatMoney(m, tag) === snapshotMoney(m, locale)) &&
      PROBE_DATES.every((date) => intlLongDate(date, locale) === snapshotLongDate(date, locale));
    agrees.set(locale, ok);
  }
  return ok;
}

/** Money with its currency, e.g. "1.234,56 ден." in mk, "€1,234.56" in en; exact ISO minor digits. */
export function formatMoneyIn(m: Money, locale: UiLocale): string {
  return intlHasLocale(locale) ? formatMoney(m, intlLocaleOf(locale)) : snapshotMoney(m, locale);
}

/** As formatMoneyIn without the currency ("1.234,56"). */
export function formatAmountIn(m: Money, locale: UiLocale): string {
  return intlHasLocale(locale) ? formatAmount(m, intlLocaleOf(locale)) : snapshotAmount(m, locale);
}

/** A whole number grouped as the locale groups it (counts in messages); other numbers as Intl has them. */
export function formatIntegerIn(n: number, locale: UiLocale): string {
  if (!Number.isSafeInteger(n)) return new Intl.NumberFormat(intlLocaleOf(locale)).format(n);
  // JPY has no minor units, so its amount is exactly the integer.
  return formatAmountIn(money(n, 'JPY'), locale);
}

/**
 * A date written out ("24. novembar 2026.") for headings and sentences. Grids and tables keep ISO
 * YYYY-MM-DD, which no reader can take for another day.
 */
export function formatLongDate(isoDate: string, locale: UiLocale): string {
  return intlHasLocale(locale) ? intlLongDate(isoDate, locale) : snapshotLongDate(isoDate, locale);
}
