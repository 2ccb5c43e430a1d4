/**
 * The register's API issues in the user's words: its own codes (an IBAN's check digits, a number
 * already registered) by code, anything else as the money forms phrase it.
 */
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { describeError } from '../../api/errors';
import type { TextKey } from '../../i18n/keys';
import { issueText, type FieldErrors } from '../money-flow/field-errors';

const BY_CODE: Readonly<Record<string, TextKey>> = {
  iban_country: 'register.error.ibanCountry',
  iban_length: 'register.error.ibanLength',
  iban_format: 'register.error.ibanFormat',
  iban_checksum: 'register.error.ibanChecksum',
  phone: 'register.error.phone',
  future_date: 'register.error.futureDate',
  iati_format: 'register.error.iati',
  taken: 'register.error.taken',
  end_before_start: 'money.error.endBeforeStart',
  self_relation: 'register.error.selfRelation',
  not_found: 'register.error.notFound',
};

const BY_PATH: Readonly<Record<string, TextKey>> = {
  'email:invalid_format': 'register.error.email',
  'website:invalid_format': 'register.error.website',
  'budgetLineId:rule': 'register.error.budgetLine',
};

export function registerIssueText(t: TFunction, path: string, code: string): string {
  const specific = BY_PATH[`${path}:${code}`] ?? BY_CODE[code];
  return specific ? t(specific) : issueText(t, path, code);
}

/** Messages per field the form has, and a banner for the rest (or for an error with no issues). */
export function splitRegisterError(e: unknown, t: TFunction, fields: readonly string[]): { fields: FieldErrors; banner: string | null } {
  const out: FieldErrors = {};
  if (!(e instanceof ApiError) || e.issues.length === 0) return { fields: out, banner: describeError(e, t).text };
  const rest: string[] = [];
  for (const issue of e.issues) {
    const text = registerIssueText(t, issue.path, issue.code);
    if (fields.includes(issue.path)) out[issue.path] ??= text;
    else rest.push(text);
  }
  return { fields: out, banner: rest.length > 0 ? rest.join(' ') : null };
}
