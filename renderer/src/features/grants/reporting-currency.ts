/**
 * The currency the Grants screen shows equivalents in, kept in localStorage so the screen opens
 * with the last choice; EUR until someone chooses another.
 */
import { isCurrencyCode } from '../../../../core/domain/currencies';
import { currencyName, otherCurrencies } from '../money-flow/choices';

const KEY = 'tranche.reportingCurrency';
export const DEFAULT_REPORTING_CURRENCY = 'EUR';

/** Offered first: the region's currencies and the donors' usual ones. */
export const REPORTING_CURRENCIES_FIRST = ['EUR', 'USD', 'ALL', 'BAM', 'RSD', 'MKD', 'CHF', 'GBP'] as const;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The currency chosen last in this window, or EUR. */
export function lastReportingCurrency(): string {
  let value: string | null = null;
  try {
    value = storage()?.getItem(KEY) ?? null;
  } catch {
    return DEFAULT_REPORTING_CURRENCY;
  }
  return value !== null && isCurrencyCode(value) ? value : DEFAULT_REPORTING_CURRENCY;
}

export function rememberReportingCurrency(code: string): void {
  try {
    storage()?.setItem(KEY, code);
  } catch {
    // Private mode or storage full: the choice lasts until the window closes.
  }
}

/** Every currency that can be chosen: the usual ones first, then the rest by code. */
export function reportingCurrencyChoices(): { first: { code: string; name: string }[]; rest: { code: string; name: string }[] } {
  const first: ReadonlySet<string> = new Set(REPORTING_CURRENCIES_FIRST);
  return {
    first: REPORTING_CURRENCIES_FIRST.map((code) => ({ code, name: currencyName(code) })),
    rest: otherCurrencies().filter((c) => !first.has(c.code)),
  };
}
