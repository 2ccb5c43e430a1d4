/**
 * Which exchange rates Tranche accepts for a pair. A rate far outside the currencies' usual level
 * is a typing slip (a missing decimal point) or an attack, and it breaks later conversions: an
 * EUR/MKD rate of 0.000000000001 turns a payment into more money than a number can hold, a huge
 * one turns a real payment into zero. The bounds are wide enough for years of ordinary movement;
 * a real devaluation beyond them is entered after an administrator widens the pair's range
 * (`fx.setPlausibleRange`, with a reason, audited).
 */

/** Units of each currency per 1 EUR, roughly, as of 2024–2026 (ECB reference rates; BAM pegged). */
export const EUR_REFERENCE_RATES: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 1.1,
  GBP: 0.85,
  CHF: 0.95,
  SEK: 11.5,
  NOK: 11.7,
  DKK: 7.46,
  CZK: 25,
  HUF: 395,
  PLN: 4.3,
  RON: 5,
  BGN: 1.95583,
  TRY: 38,
  JPY: 165,
  CAD: 1.5,
  AUD: 1.65,
  ALL: 100,
  BAM: 1.95583,
  RSD: 117.2,
  MKD: 61.5,
  HRK: 7.5345,
};

/** How far from the reference level a rate may be, either way: ten times up or down. */
export const PLAUSIBLE_FACTOR = 10;

/** The bounds for a pair where a currency has no reference level: any currency in use today fits. */
export const GENERIC_RANGE = { min: 0.000001, max: 1_000_000 } as const;

export type PlausibleRange = { min: number; max: number; source: 'reference' | 'generic' | 'override' };

/** The accepted range of units of `quote` per one `base`, unless an administrator set another. */
export function plausibleRange(base: string, quote: string, override?: { min: number; max: number } | null): PlausibleRange {
  if (override) return { ...override, source: 'override' };
  const b = EUR_REFERENCE_RATES[base];
  const q = EUR_REFERENCE_RATES[quote];
  if (b === undefined || q === undefined) return { ...GENERIC_RANGE, source: 'generic' };
  const level = q / b;
  return { min: round6(level / PLAUSIBLE_FACTOR), max: round6(level * PLAUSIBLE_FACTOR), source: 'reference' };
}

// Six significant digits: a bound people read and type back, not a rate anything is converted at.
function round6(n: number): number {
  return Number(n.toPrecision(6));
}

/**
 * Whether a decimal rate lies in the range. Compared as a number on purpose: bounds are a
 * judgement of what is plausible, never used to convert money, and 12 decimals fit a double.
 */
export function isPlausibleRate(rate: string, range: { min: number; max: number }): boolean {
  const r = Number(rate);
  return Number.isFinite(r) && r >= range.min && r <= range.max;
}

/** "0.000001" rather than "1e-6", for messages and the meta value. */
export function rangeText(n: number): string {
  return n >= 1e-6 && n < 1e21 ? n.toFixed(12).replace(/\.?0+$/, '') : String(n);
}
