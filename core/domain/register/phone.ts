import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';

export type PhoneCheck = { ok: true; e164: string } | { ok: false; message: string };

/**
 * Reads a phone number as typed ("063 123 4567" with country RS, or "+381 63 …") with
 * libphonenumber's full metadata and returns it in E.164 form; refuses what is not a valid number
 * for its country.
 */
export function toE164(input: string, country?: string): PhoneCheck {
  try {
    const n = parsePhoneNumberWithError(input, country as CountryCode | undefined);
    if (!n.isValid()) return { ok: false, message: `not a valid phone number${n.country ? ` in ${n.country}` : ''}` };
    return { ok: true, e164: n.number };
  } catch {
    return { ok: false, message: country ? `not a phone number in ${country}; start with + and the country code` : 'not a phone number; start with + and the country code' };
  }
}
