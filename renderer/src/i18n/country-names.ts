import type { TFunction } from 'i18next';
import { COUNTRIES, REGION_COUNTRIES, type RegionCountry } from '../../../core/domain/countries';
import type { TextKey } from './keys';

// The region's countries by the names people there write (docs/glossary), in the UI language.
const REGION_KEYS = {
  AL: 'country.AL',
  BA: 'country.BA',
  HR: 'country.HR',
  XK: 'country.XK',
  ME: 'country.ME',
  MK: 'country.MK',
  RS: 'country.RS',
} as const satisfies Record<RegionCountry, TextKey>;

const isRegion = (code: string): code is RegionCountry => (REGION_COUNTRIES as readonly string[]).includes(code);

/** A country's name: the region's in the UI language, others by their ISO (English) name, an unknown code as stored. */
export function countryName(t: TFunction, code: string): string {
  if (isRegion(code)) return t(REGION_KEYS[code]);
  return COUNTRIES.get(code)?.name ?? code;
}

/** The region's seven countries as { value: code, label: name }, sorted by name in the UI language. */
export function regionCountryChoices(t: TFunction, collator: Intl.Collator): { value: string; label: string }[] {
  return REGION_COUNTRIES.map((value) => ({ value, label: countryName(t, value) })).sort((a, b) => collator.compare(a.label, b.label));
}
