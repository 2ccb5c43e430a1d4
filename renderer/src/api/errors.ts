import { t } from '../i18n/t';
import { ApiError } from './client';

/** A sentence for people about a failed call; the technical message goes in a details line. */
export function describeError(e: unknown): { text: string; detail: string | null } {
  if (e instanceof ApiError) {
    const detail = e.issues.length ? e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : null;
    if (e.code === 'no_token') return { text: t('error.noToken'), detail: null };
    return { text: t(`error.${e.code}`, { message: e.message }), detail };
  }
  return { text: t('error.internal', { message: e instanceof Error ? e.message : String(e) }), detail: null };
}
