/** The choices of the money forms: the region's countries and currencies first, then the rest by name or code. */
import { COUNTRIES, REGION_COUNTRIES } from '../../../../core/domain/countries';
import { CURRENCIES } from '../../../../core/domain/currencies';

export const REGION_CURRENCIES = ['EUR', 'USD', 'ALL', 'BAM', 'RSD', 'MKD'] as const;

export type Choice = { code: string; name: string };

export function regionCountries(): Choice[] {
  return REGION_COUNTRIES.map((code) => ({ code, name: COUNTRIES.get(code)?.name ?? code })).sort((a, b) => a.name.localeCompare(b.name));
}

export function otherCountries(): Choice[] {
  const region: ReadonlySet<string> = new Set(REGION_COUNTRIES);
  return [...COUNTRIES.values()].filter((c) => !region.has(c.code)).sort((a, b) => a.name.localeCompare(b.name));
}

export function otherCurrencies(): Choice[] {
  const first: ReadonlySet<string> = new Set(REGION_CURRENCIES);
  return [...CURRENCIES.values()].filter((c) => !first.has(c.code)).sort((a, b) => a.code.localeCompare(b.code));
}

export function currencyName(code: string): string {
  return CURRENCIES.get(code)?.name ?? code;
}
