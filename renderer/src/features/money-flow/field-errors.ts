/**
 * An API error split the way a form shows it: each issue at the field its path names (in the
 * user's words, by path and code), and whatever no field of the form shows as one banner.
 */
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { describeError } from '../../api/errors';
import type { TextKey } from '../../i18n/keys';

/** Field path (as the API names it, e.g. "amountMinor", "schedule.count") → translated message. */
export type FieldErrors = Record<string, string>;

// Issues whose meaning depends on the field: the server's own rules ('rule', 'taken', 'required')
// and zod refinements ('custom').
const BY_PATH_AND_CODE: Readonly<Record<string, TextKey>> = {
  'amountMinor:too_small': 'money.error.amountPositive',
  'amountMinor:too_big': 'money.error.amountTooLargeServer',
  'amountMinor:rule': 'money.error.amountLeft',
  'amountMinor:rounds_to_zero': 'money.error.roundsToZero',
  'amountMinor:too_big_to_convert': 'money.error.tooBigToConvert',
  'rate:implausible_rate': 'fx.error.implausible',
  'endDate:custom': 'money.error.endBeforeStart',
  'granteeId:custom': 'money.error.sameOrganisation',
  'reference:taken': 'money.error.referenceTaken',
  'overrideReason:required': 'money.error.overrideRequired',
  'overrideReason:too_small': 'money.error.reasonShort',
  'reason:required': 'money.error.reasonRequired',
  'bankAccountId:rule': 'money.error.account',
  'currency:rule': 'money.error.noRate',
  'paidDate:rule': 'money.error.beforeGrantStart',
  'receivedDate:rule': 'money.error.beforeGrantStart',
  'paidDate:future': 'money.error.future',
  'receivedDate:future': 'money.error.future',
  'receivedDate:after_grant_end': 'money.error.afterGrantEnd',
  'schedule.count:rule': 'money.error.outsidePeriod',
  'schedule.instalments:rule': 'money.error.instalments',
  'to:invalid_transition': 'money.error.transition',
};

const BY_CODE: Readonly<Record<string, TextKey>> = {
  invalid_format: 'money.error.format',
  too_small: 'money.error.tooSmall',
  too_big: 'money.error.tooBig',
  invalid_type: 'money.error.required',
  invalid_value: 'money.error.choose',
};

/** The message for one issue at `path` with `code`; `params` (the error's, e.g. the date refused) fill its placeholders. */
export function issueText(t: TFunction, path: string, code: string, params: Record<string, unknown> = {}): string {
  // A nested path ("schedule.instalments.2.amountMinor") is phrased as its last part ("amountMinor").
  const last = path.slice(path.lastIndexOf('.') + 1);
  const specific = BY_PATH_AND_CODE[`${path}:${code}`] ?? BY_PATH_AND_CODE[`${last}:${code}`];
  if (specific) return Object.keys(params).length > 0 ? t(specific, params) : t(specific);
  return t(Object.hasOwn(BY_CODE, code) ? BY_CODE[code]! : 'money.error.invalid');
}

/**
 * Splits a failed call into messages per field the form has (`fields`; a path is shown at the
 * longest field it starts with, so "schedule.instalments.2.amountMinor" lands at
 * "schedule.instalments.2" when the form has that field) and a banner text for the rest.
 */
export function splitError(e: unknown, t: TFunction, fields: readonly string[]): { fields: FieldErrors; banner: string | null } {
  const out: FieldErrors = {};
  if (!(e instanceof ApiError) || e.issues.length === 0) return { fields: out, banner: describeError(e, t).text };
  const rest: string[] = [];
  for (const issue of e.issues) {
    const field = [...fields].sort((a, b) => b.length - a.length).find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
    const text = issueText(t, issue.path, issue.code, e.params);
    if (field === undefined) rest.push(text);
    else out[field] ??= text;
  }
  return { fields: out, banner: rest.length > 0 ? rest.join(' ') : null };
}

/** The first of `order` that has an error, for moving focus there. */
export function firstErrorField(errors: FieldErrors, order: readonly string[]): string | null {
  return order.find((f) => errors[f] !== undefined) ?? null;
}
