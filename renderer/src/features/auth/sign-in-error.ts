import type { TFunction } from 'i18next';
import type { UiLocale } from '../../../../core/domain/locales';
import { ApiError } from '../../api/client';
import { describeError } from '../../api/errors';
import { clockTime } from './clock-time';

/**
 * What the sign-in form says when auth.signIn fails: wrong user name or password (the core does
 * not say which), a locked account with the time it opens again, or anything else as any error.
 */
export function signInErrorText(e: unknown, t: TFunction, locale: UiLocale): string {
  if (e instanceof ApiError && e.code === 'forbidden') {
    if (e.params.reason === 'credentials') return t('auth.signIn.error.credentials');
    if (e.params.reason === 'locked' && typeof e.params.until === 'string') {
      return t('auth.signIn.error.locked', { time: clockTime(e.params.until, locale) });
    }
  }
  return describeError(e, t).text;
}
