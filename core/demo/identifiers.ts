/**
 * Country-shaped registration numbers and E.164 phone numbers for demo organisations and people.
 * The digits are random; the shapes follow each country's usual format.
 */
import type { RegionCountry } from '../domain/countries';
import { toE164 } from '../domain/register/phone';
import type { Rng } from './random';

/** ISO 7064 MOD 11,10 check digit, as used by the Croatian OIB and Croatian account numbers. */
export function mod11_10(digits: string): string {
  let a = 10;
  for (const ch of digits) {
    a = (a + Number(ch)) % 10;
    if (a === 0) a = 10;
    a = (a * 2) % 11;
  }
  const check = 11 - a;
  return String(check === 10 ? 0 : check);
}

/** A registration number in the shape of `country`'s register of associations or tax numbers. */
export function registrationNumber(country: RegionCountry, rng: Rng): string {
  switch (country) {
    case 'AL': // NUIS: letter, 8 digits, letter
      return `L${rng.int(6, 9)}${rng.digits(7)}${rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'])}`;
    case 'BA': // JIB: 13 digits beginning with 4
      return `42${rng.digits(11)}`;
    case 'HR': {
      // OIB: 10 digits and a MOD 11,10 check digit
      const body = `${rng.int(1, 9)}${rng.digits(9)}`;
      return body + mod11_10(body);
    }
    case 'XK': // business registration number: 9 digits beginning with 5
      return `5${rng.digits(8)}`;
    case 'ME': // PIB: 8 digits beginning with 02
      return `02${rng.int(6, 9)}${rng.digits(5)}`;
    case 'MK': // EMBS: 7 digits
      return `${rng.int(5, 7)}${rng.digits(6)}`;
    case 'RS': // matični broj of an association: 8 digits beginning with 28
      return `28${rng.digits(6)}`;
  }
}

const MOBILE: Record<RegionCountry, readonly [string, number]> = {
  AL: ['+35569', 7],
  BA: ['+38761', 6],
  HR: ['+38591', 7],
  XK: ['+38344', 6],
  ME: ['+38267', 6],
  MK: ['+38970', 6],
  RS: ['+38163', 7],
};

const LANDLINE: Record<RegionCountry, readonly [string, number]> = {
  AL: ['+3554', 7],
  BA: ['+38733', 6],
  HR: ['+3851', 7],
  XK: ['+38338', 6],
  ME: ['+38220', 6],
  MK: ['+3892', 7],
  RS: ['+38111', 7],
};

/** A number from `make` that libphonenumber takes as valid (and stores unchanged), drawn again until it is. */
export function validPhone(make: () => string): string {
  for (let i = 0; i < 50; i++) {
    const n = make();
    const p = toE164(n);
    if (p.ok && p.e164 === n) return n;
  }
  throw new Error('no valid demo phone number in 50 draws');
}

/** A mobile number in E.164 form, e.g. +38163xxxxxxx. */
export function mobilePhone(country: RegionCountry, rng: Rng): string {
  const [prefix, length] = MOBILE[country];
  return validPhone(() => `${prefix}${rng.int(1, 9)}${rng.digits(length - 1)}`);
}

/** A landline number in the capital, in E.164 form. */
export function landlinePhone(country: RegionCountry, rng: Rng): string {
  const [prefix, length] = LANDLINE[country];
  return validPhone(() => `${prefix}${rng.int(2, 9)}${rng.digits(length - 1)}`);
}
