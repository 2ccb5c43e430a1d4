/**
 * Money: an integer number of minor units plus an ISO 4217 code, never a float.
 *
 * Every function here keeps two invariants: `amountMinor` is a safe integer (|n| <= 2^53 - 1) and
 * `currency` is a code known to ./currencies. Operations that would break either throw MoneyError
 * instead of returning an approximate or mixed-currency result.
 */
import { minorUnitsOf } from './currencies';

/** An exact amount: `amountMinor` is a safe integer of the currency's minor units (cents, not euros). */
export type Money = { readonly amountMinor: number; readonly currency: string };

/** Why a money operation was refused. */
export type MoneyErrorCode =
  | 'unknown_currency'
  | 'not_integer'
  | 'currency_mismatch'
  | 'invalid_amount'
  /** More decimals than the currency's ISO 4217 minor units ("12.345" in EUR). */
  | 'too_many_decimals'
  | 'overflow'
  | 'invalid_count';

/**
 * The largest amount Tranche takes for any grant, payment or receipt: 10^13 minor units
 * (EUR 100,000,000,000.00). Far above any real grant, and checked the same way everywhere, so a
 * typing slip of a few extra digits is refused rather than stored.
 */
export const MAX_AMOUNT_MINOR = 10_000_000_000_000;

/** The only error this module throws for bad input; `code` is stable, `message` is for people. */
export class MoneyError extends Error {
  readonly code: MoneyErrorCode;

  constructor(code: MoneyErrorCode, message: string) {
    super(message);
    this.name = 'MoneyError';
    this.code = code;
  }
}

/** Largest number of parts `allocate` and `allocateByWeights` produce. */
export const MAX_ALLOCATION_PARTS = 1000;

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** Minor units of `currency`, as a MoneyError rather than currencies.ts's RangeError. */
function digitsOf(currency: string): number {
  if (typeof currency !== 'string') throw new MoneyError('unknown_currency', `Currency must be an ISO 4217 code, got ${typeof currency}`);
  try {
    return minorUnitsOf(currency);
  } catch {
    throw new MoneyError('unknown_currency', `Unknown currency code "${currency}"`);
  }
}

function checkAmount(amountMinor: number, currency: string): void {
  if (typeof amountMinor !== 'number' || !Number.isInteger(amountMinor)) {
    throw new MoneyError('not_integer', `Amount ${String(amountMinor)} ${currency} is not a whole number of minor units`);
  }
  if (!Number.isSafeInteger(amountMinor)) {
    throw new MoneyError('overflow', `Amount ${amountMinor} ${currency} minor units is beyond the exactly representable range (±${Number.MAX_SAFE_INTEGER})`);
  }
}

/** Validates a Money that may have been built as a literal (e.g. from the database) and returns its digits. */
function check(m: Money): number {
  const digits = digitsOf(m.currency);
  checkAmount(m.amountMinor, m.currency);
  return digits;
}

function sameCurrency(a: Money, b: Money, verb: string): void {
  check(a);
  check(b);
  if (a.currency !== b.currency) {
    throw new MoneyError('currency_mismatch', `Cannot ${verb} ${a.currency} and ${b.currency}: convert one of them first`);
  }
}

function fromBig(n: bigint, currency: string, what: string): Money {
  if (n > MAX_SAFE_BIG || n < -MAX_SAFE_BIG) {
    throw new MoneyError('overflow', `${what} in ${currency} is beyond the exactly representable range (±${Number.MAX_SAFE_INTEGER} minor units)`);
  }
  return money(Number(n), currency);
}

/** Shortens user input quoted in messages so a pasted essay does not become the error. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * The Money value `amountMinor` minor units of `currency` (e.g. `money(1050, 'EUR')` is €10.50).
 * Throws MoneyError: 'unknown_currency', 'not_integer' (fractions, NaN, Infinity) or 'overflow'
 * (an integer beyond Number.MAX_SAFE_INTEGER). The result is frozen; -0 becomes 0.
 */
export function money(amountMinor: number, currency: string): Money {
  digitsOf(currency);
  checkAmount(amountMinor, currency);
  // -0 would print as "-0.00" in Intl and break Object.is equality; there is only one zero in money.
  return Object.freeze({ amountMinor: amountMinor === 0 ? 0 : amountMinor, currency });
}

/** Zero in `currency`. */
export function zero(currency: string): Money {
  return money(0, currency);
}

/**
 * Parses canonical, locale-neutral input: optional leading '-', integer digits either ungrouped
 * ("1234567.89") or grouped by ',' in threes ("1,234,567.89"), then optionally '.' and 1..minorUnits
 * digits. Surrounding whitespace is ignored; nothing else is (no '+', exponent, spaces, apostrophes,
 * "1." or ".5"). More decimals than the currency has are refused, not rounded: "1.234" EUR and
 * "10.5" JPY are errors. Exact: digits are read as a BigInt, never through parseFloat.
 *
 * Locale-aware input (e.g. "1.234,56" in sr-Latn) is meant to be normalised to this form by a
 * separate parseLocaleAmount, which then calls this function.
 *
 * Throws MoneyError 'unknown_currency', 'invalid_amount' (syntax, too many decimals) or 'overflow'.
 */
export function parseAmount(text: string, currency: string): Money {
  const digits = digitsOf(currency);
  if (typeof text !== 'string') throw new MoneyError('invalid_amount', `Amount must be text, got ${typeof text}`);
  const t = text.trim();
  if (t === '') throw new MoneyError('invalid_amount', 'Amount is empty');
  // \d is ASCII-only without the u flag, so other scripts' digits are refused rather than misread.
  const m = /^(-?)([1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) {
    throw new MoneyError(
      'invalid_amount',
      `${quote(text)} is not an amount: use digits with an optional '-' and '.' decimal point, e.g. 1234.50 or 1,234.50`,
    );
  }
  const [, sign, intPart, frac = ''] = m;
  if (frac.length > digits) {
    throw new MoneyError(
      'invalid_amount',
      digits === 0
        ? `${currency} has no decimal places, so ${quote(text)} cannot be entered`
        : `${currency} has ${digits} decimal place${digits === 1 ? '' : 's'}, but ${quote(text)} has ${frac.length}`,
    );
  }
  const minor = BigInt(intPart!.replaceAll(',', '') + frac.padEnd(digits, '0'));
  if (minor > MAX_SAFE_BIG) {
    throw new MoneyError('overflow', `${quote(text)} ${currency} is too large to be held exactly`);
  }
  return money(Number(sign === '-' ? -minor : minor), currency);
}

/**
 * The exact canonical decimal: "-1234.50" for -123450 EUR, "1234" for 1234 JPY, "0.001" for 1 KWD.
 * Always exactly minorUnits decimals, no grouping, no point for 0-digit currencies. parseAmount
 * reads it back to the same Money.
 */
export function toDecimalString(m: Money): string {
  const digits = check(m);
  // String() of a safe integer never uses exponent notation (that starts at 1e21).
  const abs = String(Math.abs(m.amountMinor));
  const sign = m.amountMinor < 0 ? '-' : '';
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, style: 'currency' | 'decimal', currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale}\u0000${style}\u0000${currency}`;
  let f = formatters.get(key);
  if (!f) {
    // Minimum and maximum both ISO digits: CLDR would show ALL, RSD, MKD with 0 decimals, hiding minor units.
    f = new Intl.NumberFormat(locale, {
      style,
      ...(style === 'currency' ? { currency } : {}),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    if (formatters.size >= 500) formatters.clear(); // grid cells call this a lot; keep the cache bounded
    formatters.set(key, f);
  }
  return f;
}

function formatExact(m: Money, locale: string, style: 'currency' | 'decimal'): string {
  const digits = check(m);
  // format() of a decimal string is exact (Intl.NumberFormat v3, ES2023); amountMinor / 10 ** digits
  // would be a float and lose the last cent above ~2^53 / 100 (9007199254740991 EUR cents -> ...409.90).
  return formatter(locale, style, m.currency, digits).format(toDecimalString(m) as Intl.StringNumericLiteral);
}

/**
 * Money for display with its currency symbol, e.g. "€1,234.56" in 'en'. Always shows exactly the
 * ISO 4217 minor units (ALL 2, JPY 0, KWD 3), whatever CLDR's default for the currency, and is exact
 * for every safe amount. Throws RangeError for a malformed locale tag.
 */
export function formatMoney(m: Money, locale = 'en'): string {
  return formatExact(m, locale, 'currency');
}

/** As formatMoney but without the currency symbol ("1,234.56"), for grid cells with a currency column. */
export function formatAmount(m: Money, locale = 'en'): string {
  return formatExact(m, locale, 'decimal');
}

/** a + b in their common currency. Throws 'currency_mismatch' or 'overflow'; never rounds. */
export function add(a: Money, b: Money): Money {
  sameCurrency(a, b, 'add');
  // Safe integers summed as doubles are exact unless the true sum leaves the safe range, which money() catches.
  const r = a.amountMinor + b.amountMinor;
  if (!Number.isSafeInteger(r)) throw new MoneyError('overflow', `Sum of ${toDecimalString(a)} and ${toDecimalString(b)} ${a.currency} is too large to be held exactly`);
  return money(r, a.currency);
}

/** a − b in their common currency. Throws 'currency_mismatch' or 'overflow'; never rounds. */
export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b, 'subtract');
  const r = a.amountMinor - b.amountMinor;
  if (!Number.isSafeInteger(r)) throw new MoneyError('overflow', `Difference of ${toDecimalString(a)} and ${toDecimalString(b)} ${a.currency} is too large to be held exactly`);
  return money(r, a.currency);
}

/**
 * The total of `list`, every item of which must be in `currency`; an empty list sums to zero.
 * Only the final total must be safe (a running total may pass the limit and come back).
 * Throws 'unknown_currency', 'currency_mismatch' (naming both codes) or 'overflow'.
 */
export function sum(list: readonly Money[], currency: string): Money {
  digitsOf(currency);
  let total = 0n;
  for (const m of list) {
    check(m);
    if (m.currency !== currency) {
      throw new MoneyError('currency_mismatch', `Cannot sum ${m.currency} into a ${currency} total: convert it first`);
    }
    total += BigInt(m.amountMinor);
  }
  return fromBig(total, currency, 'Total');
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. Throws 'currency_mismatch'. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b, 'compare');
  return a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0;
}

/** True when `m` is zero (in any currency). */
export function isZero(m: Money): boolean {
  check(m);
  return m.amountMinor === 0;
}

/** −m; never overflows because the safe range is symmetric. */
export function negate(m: Money): Money {
  check(m);
  return money(-m.amountMinor, m.currency);
}

function checkCount(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_ALLOCATION_PARTS) {
    throw new MoneyError('invalid_count', `${what} must be a whole number from 1 to ${MAX_ALLOCATION_PARTS}, got ${String(count)}`);
  }
}

function checkPositiveTotal(total: Money): void {
  check(total);
  if (total.amountMinor <= 0) {
    throw new MoneyError('invalid_amount', `Only a positive amount can be split, got ${toDecimalString(total)} ${total.currency}`);
  }
}

/**
 * Splits a positive `total` into `count` (1..1000) instalments that sum to exactly `total`.
 * Every part is floor(total / count) minor units, and the remaining total mod count minor units
 * go one each to the last parts (rule 'last', the default) or the first parts (rule 'first'),
 * so parts differ by at most one minor unit.
 *
 * Throws 'invalid_amount' for total <= 0, 'invalid_count' for a bad count or when total has fewer
 * minor units than count (some instalment would be zero).
 */
export function allocate(total: Money, count: number, rule: 'first' | 'last' = 'last'): Money[] {
  checkPositiveTotal(total);
  checkCount(count, 'Number of instalments');
  if (rule !== 'first' && rule !== 'last') throw new TypeError(`Allocation rule must be 'first' or 'last', got ${String(rule)}`);
  if (total.amountMinor < count) {
    throw new MoneyError(
      'invalid_count',
      `Cannot split ${toDecimalString(total)} ${total.currency} into ${count} instalments: each would be less than one minor unit (${toDecimalString(money(1, total.currency))} ${total.currency})`,
    );
  }
  // Remainder first, then an exact division: no reliance on how a float quotient happens to round.
  const remainder = total.amountMinor % count;
  const base = (total.amountMinor - remainder) / count;
  const bigger = rule === 'first' ? (i: number) => i < remainder : (i: number) => i >= count - remainder;
  return Array.from({ length: count }, (_, i) => money(bigger(i) ? base + 1 : base, total.currency));
}

/**
 * Splits a positive `total` in proportion to `weights` (1..1000 positive safe integers) by the
 * largest-remainder method: each part gets floor(total × w / Σw), and the minor units left over go
 * one each to the parts with the largest fractional remainders, ties to the lower index. The parts
 * sum to exactly `total`, each is within one minor unit of its exact share, and a larger weight
 * never gets a smaller part. A part can be zero when total is small against the weights.
 *
 * Throws 'invalid_amount' for total <= 0, 'invalid_count' for an empty or too long list or a weight
 * that is not a positive safe integer.
 */
export function allocateByWeights(total: Money, weights: readonly number[]): Money[] {
  checkPositiveTotal(total);
  if (!Array.isArray(weights)) throw new MoneyError('invalid_count', 'Weights must be a list of whole numbers');
  checkCount(weights.length, 'Number of weights');
  weights.forEach((w, i) => {
    if (!Number.isSafeInteger(w) || w <= 0) {
      throw new MoneyError('invalid_count', `Weight ${i + 1} must be a positive whole number, got ${String(w)}`);
    }
  });
  // BigInt: total × weight easily exceeds 2^53 even though every part fits.
  const t = BigInt(total.amountMinor);
  const ws = weights.map((w) => BigInt(w));
  const sumW = ws.reduce((s, w) => s + w, 0n);
  const parts = ws.map((w) => (t * w) / sumW);
  const rems = ws.map((w) => (t * w) % sumW);
  let left = t - parts.reduce((s, p) => s + p, 0n); // always < weights.length
  const order = ws.map((_, i) => i).sort((i, j) => (rems[i]! > rems[j]! ? -1 : rems[i]! < rems[j]! ? 1 : i - j));
  for (const i of order) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts.map((p) => money(Number(p), total.currency));
}
