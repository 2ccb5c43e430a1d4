import { ValidationErrorsIBAN, electronicFormatIBAN, validateIBAN } from 'ibantools';

export type IbanCheck = { ok: true; iban: string } | { ok: false; code: 'iban_country' | 'iban_length' | 'iban_format' | 'iban_checksum'; message: string };

/**
 * Checks an IBAN with ibantools (country, length for the country, BBAN format, ISO 13616 mod-97,
 * and the national check digits where ibantools knows them: not for AL or XK) and returns it
 * normalised: upper case, no spaces. The first failure is named, country before length before sum.
 */
export function checkIban(input: string): IbanCheck {
  const iban = electronicFormatIBAN(input) ?? '';
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid) return { ok: true, iban };
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry) || errorCodes.includes(ValidationErrorsIBAN.NoIBANProvided)) {
    return { ok: false, code: 'iban_country', message: 'the IBAN does not start with the code of a country that uses IBANs' };
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) {
    return { ok: false, code: 'iban_length', message: `the IBAN has the wrong length for ${iban.slice(0, 2)}` };
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat) || errorCodes.includes(ValidationErrorsIBAN.ChecksumNotNumber)) {
    return { ok: false, code: 'iban_format', message: `the IBAN is not in ${iban.slice(0, 2)}'s format` };
  }
  return { ok: false, code: 'iban_checksum', message: 'the IBAN check digits are wrong (mistyped digit?)' };
}
