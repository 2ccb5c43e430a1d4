import type { TFunction } from 'i18next';
import type { TextKey } from '../i18n/keys';
import { ApiError } from './client';
import type { ClientErrorCode } from './transports';

// The API names what went wrong with a code; the sentence comes from the catalogue.
const ERROR_KEYS = {
  unknown_method: 'error.unknown_method',
  invalid_input: 'error.invalid_input',
  unauthenticated: 'error.unauthenticated',
  not_found: 'error.not_found',
  conflict: 'error.conflict',
  forbidden: 'error.forbidden',
  busy: 'error.busy',
  cancelled: 'error.cancelled',
  internal: 'error.internal',
  unavailable: 'error.unavailable',
  no_token: 'error.noToken',
} as const satisfies Record<ClientErrorCode, TextKey>;

// Field problems by zod issue code (and the API's own 'invalid_filter'); others get issue.other.
const ISSUE_KEYS: Readonly<Record<string, TextKey>> = {
  invalid_type: 'issue.invalid_type',
  too_small: 'issue.too_small',
  too_big: 'issue.too_big',
  invalid_format: 'issue.invalid_format',
  invalid_value: 'issue.invalid_value',
  unrecognized_keys: 'issue.unrecognized_keys',
  invalid_filter: 'issue.invalid_filter',
  implausible_rate: 'issue.implausible_rate',
  rounds_to_zero: 'issue.zeroAfterConversion',
  too_big_to_convert: 'issue.too_big_to_convert',
};

/**
 * A sentence for people about a failed call, in the current language. The core's English message
 * is only a fallback: it fills {{message}} where the catalogue has no better words (an unexpected
 * internal error), and the technical details line.
 */
export function describeError(e: unknown, t: TFunction): { text: string; detail: string | null } {
  if (!(e instanceof ApiError)) {
    return { text: t('error.internal', { message: e instanceof Error ? e.message : String(e) }), detail: null };
  }
  const fields = e.issues.map((i) =>
    t(Object.hasOwn(ISSUE_KEYS, i.code) ? ISSUE_KEYS[i.code]! : 'issue.other', { field: i.path || t('issue.field.input') }),
  );
  const message = fields.length > 0 ? fields.join('; ') : e.message;
  const detail = e.issues.length ? e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : null;
  return { text: t(ERROR_KEYS[e.code], { ...e.params, message }), detail };
}
