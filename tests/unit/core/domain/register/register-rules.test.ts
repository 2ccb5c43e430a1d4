import { describe, expect, it } from 'vitest';
import { checkIban } from '../../../../../core/domain/register/iban';
import { isIatiOrganisationId } from '../../../../../core/domain/register/iati';
import { addressKey, emailKey } from '../../../../../core/domain/register/look-alike-keys';
import { toE164 } from '../../../../../core/domain/register/phone';
import { accountRules, organisationRules, relationRules, roleRules } from '../../../../../core/domain/register/rules';

describe('IBAN', () => {
  it('normalises a valid IBAN typed with spaces and lower case', () => {
    expect(checkIban('rs35 1050 0812 3123 1231 73')).toEqual({ ok: true, iban: 'RS35105008123123123173' });
    // AL and XK: ibantools checks length and mod-97 only.
    expect(checkIban('XK051212012345678906')).toEqual({ ok: true, iban: 'XK051212012345678906' });
  });
  it('names what is wrong: check digits, length for the country, country', () => {
    expect(checkIban('RS35105008123123123174')).toMatchObject({ ok: false, code: 'iban_checksum' });
    expect(checkIban('RS351050081231231231')).toMatchObject({ ok: false, code: 'iban_length' });
    expect(checkIban('QQ35105008123123123173')).toMatchObject({ ok: false, code: 'iban_country' });
    expect(checkIban('')).toMatchObject({ ok: false, code: 'iban_country' });
  });
});

describe('phone', () => {
  it('stores a national number as E.164 for its country', () => {
    expect(toE164('063 123 4567', 'RS')).toEqual({ ok: true, e164: '+381631234567' });
    expect(toE164('+383 44 123 456')).toEqual({ ok: true, e164: '+38344123456' });
  });
  it('refuses what is not a number of the country', () => {
    expect(toE164('12', 'RS').ok).toBe(false);
    expect(toE164('call me', 'AL').ok).toBe(false);
    expect(toE164('063 123 4567').ok).toBe(false);
  });
});

describe('IATI organisation identifier', () => {
  it('accepts the registration agency prefix and number', () => {
    for (const id of ['XM-DAC-41127', 'XM-DAC-47089-RS', 'GB-COH-01234567', 'XI-IATI-EC_NEAR-AL']) expect(isIatiOrganisationId(id), id).toBe(true);
  });
  it('refuses spaces, slashes, missing prefix or number', () => {
    for (const id of ['41127', 'XM DAC 41127', 'XM-DAC-', 'XM-DAC-4/1', 'xm-dac-41127', 'XM-41127']) expect(isIatiOrganisationId(id), id).toBe(false);
  });
});

describe('look-alike keys', () => {
  it('fold diacritics, case, punctuation and street prefixes', () => {
    const a = addressKey({ street: 'ul. Širok Sokak', streetNumber: '48', postcode: '7000', city: 'Bitola' });
    expect(a).toBe(addressKey({ street: 'Sirok sokak', streetNumber: '48', postcode: '7000', city: 'BITOLA' }));
    expect(a).not.toBe(addressKey({ street: 'Širok Sokak', streetNumber: '46', postcode: '7000', city: 'Bitola' }));
    expect(addressKey({ street: '  ', city: 'Bitola' })).toBeNull();
    expect(emailKey(' Info@Oaza.example ')).toBe('info@oaza.example');
  });
});

describe('register rules', () => {
  it('refuse a registration date in the future, a bad IATI id and a phone of another shape', () => {
    const r = organisationRules({ country: 'RS', registrationDate: '2026-11-25', iatiIdentifier: 'DAC 1', phone: '12' }, '2026-11-24');
    expect(r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['registrationDate:future_date', 'iatiIdentifier:iati_format', 'phone:phone']);
    const ok = organisationRules({ country: 'RS', registrationDate: '2026-11-24', phone: '011 123 4567' }, '2026-11-24');
    expect(ok).toEqual({ issues: [], phone: '+381111234567', iatiIdentifier: null });
  });
  it('check an account: IBAN only for kind iban, end not before start', () => {
    expect(accountRules({ kind: 'other', iban: '12345678 (Citibank NY)', validFrom: '2020-01-01' })).toEqual({ issues: [], iban: '12345678 (Citibank NY)' });
    expect(accountRules({ kind: 'iban', iban: 'RS35105008123123123173', validFrom: '2020-01-01', validTo: '2019-12-31' }).issues).toEqual([
      expect.objectContaining({ path: 'validTo', code: 'end_before_start' }),
    ]);
  });
  it('refuse a relationship of a person to themselves and a role ending before it starts', () => {
    expect(relationRules({ personId: 3, relativeId: 3 })).toEqual([expect.objectContaining({ path: 'relativeId', code: 'self_relation' })]);
    expect(roleRules({ startDate: '2020-01-01', endDate: '2019-01-01' })).toEqual([expect.objectContaining({ path: 'endDate', code: 'end_before_start' })]);
    expect(roleRules({ startDate: '2020-01-01', endDate: '2020-01-01' })).toEqual([]);
  });
});
