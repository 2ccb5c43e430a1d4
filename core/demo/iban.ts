/**
 * Demo IBANs: country-shaped BBANs from the banks below, with correct ISO 13616 (mod-97) check
 * digits. Where a country's BBAN ends in ISO 7064 MOD 97-10 national check digits (BA, ME, MK, RS)
 * those are computed too, which is why such IBANs always carry the same check digits (BA39, RS35...).
 * The account numbers are random; no real account is meant.
 */
import type { RegionCountry } from '../domain/countries';
import { mod11_10 } from './identifiers';
import type { Rng } from './random';

export type DemoBank = { name: string; code: string };

/** Banks operating in each country, with the bank (and where used, branch) code of their BBAN. */
export const BANKS: Record<RegionCountry, DemoBank[]> = {
  AL: [
    { name: 'Raiffeisen Bank Albania', code: '202' },
    { name: 'Banka Kombëtare Tregtare', code: '205' },
    { name: 'Credins Bank', code: '212' },
    { name: 'Intesa Sanpaolo Bank Albania', code: '208' },
  ],
  BA: [
    { name: 'UniCredit Bank d.d. Mostar', code: '338' },
    { name: 'Raiffeisen Bank d.d. Bosna i Hercegovina', code: '161' },
    { name: 'Sparkasse Bank d.d. BiH', code: '199' },
    { name: 'NLB Banka d.d. Sarajevo', code: '132' },
  ],
  HR: [
    { name: 'Zagrebačka banka d.d.', code: '2360000' },
    { name: 'Privredna banka Zagreb d.d.', code: '2340009' },
    { name: 'Erste&Steiermärkische Bank d.d.', code: '2402006' },
    { name: 'OTP banka d.d.', code: '2407000' },
  ],
  XK: [
    { name: 'ProCredit Bank Kosovo', code: '11' },
    { name: 'Raiffeisen Bank Kosovo', code: '15' },
    { name: 'TEB Banka Kosovo', code: '20' },
  ],
  ME: [
    { name: 'Crnogorska komercijalna banka AD', code: '510' },
    { name: 'NLB Banka AD Podgorica', code: '530' },
    { name: 'Erste Bank AD Podgorica', code: '540' },
  ],
  MK: [
    { name: 'Komercijalna banka AD Skopje', code: '300' },
    { name: 'Stopanska banka AD Skopje', code: '200' },
    { name: 'NLB Banka AD Skopje', code: '210' },
  ],
  RS: [
    { name: 'Banca Intesa a.d. Beograd', code: '160' },
    { name: 'Raiffeisen banka a.d. Beograd', code: '265' },
    { name: 'UniCredit Bank Srbija a.d.', code: '170' },
    { name: 'Erste Bank a.d. Novi Sad', code: '340' },
  ],
};

/** Total IBAN length per country (ISO 13616 registry). */
export const IBAN_LENGTHS: Record<RegionCountry, number> = { AL: 28, BA: 20, HR: 21, XK: 20, ME: 22, MK: 19, RS: 22 };

/** The remainder mod 97 of a string of digits and letters, letters read as A=10 ... Z=35. */
export function mod97(text: string): number {
  let r = 0;
  for (const ch of text.toUpperCase()) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of value) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}

/** ISO 7064 MOD 97-10 check digits for a numeric string (the pair that makes digits+check ≡ 1 mod 97). */
function nationalCheck(digits: string): string {
  return String(98 - mod97(`${digits}00`)).padStart(2, '0');
}

/** The IBAN for `country` and `bban`, with its two check digits computed. */
export function ibanFromBban(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** A random BBAN of the right shape for `country` at `bank`. */
function bban(country: RegionCountry, bank: DemoBank, rng: Rng): string {
  switch (country) {
    case 'AL': // bank 3 + branch 4 + check 1 + account 16
      return `${bank.code}${rng.digits(4)}${rng.digits(1)}00000${rng.digits(11)}`;
    case 'BA': {
      // bank 3 + branch 3 + account 8 + national check 2
      const body = `${bank.code}${rng.digits(3)}${rng.digits(8)}`;
      return body + nationalCheck(body);
    }
    case 'HR': {
      // bank 7 + account 10, whose last digit is an ISO 7064 MOD 11,10 check digit
      const account = `${rng.pick(['11', '15', '31', '32'])}${rng.digits(7)}`;
      return `${bank.code}${account}${mod11_10(account)}`;
    }
    case 'XK': // bank 2 + branch 2 + account 10 + check 2
      return `${bank.code}${rng.digits(2)}${rng.digits(10)}${rng.digits(2)}`;
    case 'ME':
    case 'RS': {
      // bank 3 + account 13 + national check 2
      const body = `${bank.code}${rng.digits(13)}`;
      return body + nationalCheck(body);
    }
    case 'MK': {
      // bank 3 + account 10 + national check 2
      const body = `${bank.code}${rng.digits(10)}`;
      return body + nationalCheck(body);
    }
  }
}

/** A valid-looking IBAN at `bank` in `country`. */
export function demoIban(country: RegionCountry, bank: DemoBank, rng: Rng): string {
  const iban = ibanFromBban(country, bban(country, bank, rng));
  if (iban.length !== IBAN_LENGTHS[country]) throw new Error(`Demo IBAN ${iban} has the wrong length for ${country}`);
  return iban;
}
