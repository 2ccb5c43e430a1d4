/**
 * Exact currency conversion. Rates are decimal strings ("117.1754"), read as exact fractions;
 * results are integer minor units rounded half away from zero (the rule written in docs/ARCHITECTURE.md).
 */

/** A positive decimal rate as an exact fraction num/den. Throws on anything but a plain positive decimal. */
export function parseRate(rate: string): { num: bigint; den: bigint } {
  const m = /^(\d{1,12})(?:\.(\d{1,12}))?$/.exec(rate.trim());
  if (!m) throw new RangeError(`Rate "${rate}" is not a plain decimal number`);
  const frac = m[2] ?? '';
  const num = BigInt(m[1]! + frac);
  if (num === 0n) throw new RangeError(`Rate "${rate}" must be greater than zero`);
  return { num, den: 10n ** BigInt(frac.length) };
}

/** n/d rounded to the nearest integer, halves away from zero. d must be positive. */
export function divRoundHalfAway(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (2n * (r < 0n ? -r : r) >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A converted amount too large to hold as a safe integer of minor units (a huge amount or rate). */
export class ConversionRangeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'ConversionRangeError';
  }
}

function toBig(amountMinor: number): bigint {
  // BigInt() would accept 2^60 (already inexact as a number); money is only ever a safe integer.
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`Amount ${amountMinor} is not a safe integer of minor units`);
  return BigInt(amountMinor);
}

function toSafeNumber(n: bigint): number {
  // Number() of a larger bigint silently rounds, which would invent or lose minor units.
  if (n > MAX_SAFE || n < -MAX_SAFE) throw new ConversionRangeError(`Converted amount ${n} minor units is beyond the safe integer range`);
  return Number(n);
}

/**
 * Converts `amountMinor` (minor units, `fromMinorUnits` digits) into the other currency of a pair,
 * where `rate` is the number of units of the *from* currency per one unit of the *to* currency
 * (e.g. 117.17 RSD per 1 EUR). Result in minor units with `toMinorUnits` digits.
 * Throws RangeError for a bad rate, an amount that is not a safe integer, or a result beyond it.
 */
export function convertByDivision(amountMinor: number, fromMinorUnits: number, rate: string, toMinorUnits: number): number {
  const { num, den } = parseRate(rate);
  // amount / 10^from / (num/den) * 10^to
  const n = toBig(amountMinor) * den * 10n ** BigInt(toMinorUnits);
  const d = num * 10n ** BigInt(fromMinorUnits);
  return toSafeNumber(divRoundHalfAway(n, d));
}

/**
 * Converts `amountMinor` where `rate` is the number of units of the *to* currency per one unit of
 * the *from* currency (e.g. 1 EUR = 117.17 RSD, converting EUR to RSD).
 * Throws RangeError for a bad rate, an amount that is not a safe integer, or a result beyond it.
 */
export function convertByMultiplication(amountMinor: number, fromMinorUnits: number, rate: string, toMinorUnits: number): number {
  const { num, den } = parseRate(rate);
  const n = toBig(amountMinor) * num * 10n ** BigInt(toMinorUnits);
  const d = den * 10n ** BigInt(fromMinorUnits);
  return toSafeNumber(divRoundHalfAway(n, d));
}

/**
 * Converts between two currencies quoted against the same base (Tranche stores EUR-based rates):
 * `fromPerBase` and `toPerBase` are units of each currency per one unit of the base ('1' for the
 * base itself). One rounding, at the end, half away from zero.
 */
export function convertCross(amountMinor: number, fromMinorUnits: number, fromPerBase: string, toPerBase: string, toMinorUnits: number): number {
  const from = parseRate(fromPerBase);
  const to = parseRate(toPerBase);
  // amount / 10^fromMU * (to.num/to.den) / (from.num/from.den) * 10^toMU
  const n = toBig(amountMinor) * to.num * from.den * 10n ** BigInt(toMinorUnits);
  const d = to.den * from.num * 10n ** BigInt(fromMinorUnits);
  return toSafeNumber(divRoundHalfAway(n, d));
}

/**
 * An amount in a grant's currency: as it is, or converted at the EUR cross rate (one rounding,
 * half away from zero), with the rates used written down for the record. `perEur` gives units of
 * a currency per EUR on the transaction date (and reports a missing rate itself).
 */
export function toGrantCurrency(
  amountMinor: number,
  minorUnits: number,
  currency: string,
  grant: { currency: string; minorUnits: number },
  perEur: (currency: string) => string,
): { grantAmountMinor: number; fxRate: string | null } {
  if (currency === grant.currency) return { grantAmountMinor: amountMinor, fxRate: null };
  const from = perEur(currency);
  const to = perEur(grant.currency);
  return { grantAmountMinor: convertCross(amountMinor, minorUnits, from, to, grant.minorUnits), fxRate: `${currency}/EUR ${from}; ${grant.currency}/EUR ${to}` };
}
