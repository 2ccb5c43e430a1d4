import { isUiLocale, type UiLocale } from '../../../core/domain/locales';

// The language this window showed last, kept in localStorage. Before anyone signs in it is the
// language of the sign-in screen (else the system's); a signed-in user's own choice, stored with
// the account ('app.info' locale), wins over it.
const KEY = 'tranche.locale';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The language last shown in this window, if any. */
export function lastLocale(): UiLocale | null {
  let value: string | null = null;
  try {
    value = storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
  return isUiLocale(value) ? value : null;
}

/** Remembers the language shown now, for the next sign-in screen. */
export function rememberLocale(locale: UiLocale): void {
  try {
    storage()?.setItem(KEY, locale);
  } catch {
    // Storage full or blocked: the language is then the system's next time, nothing worse.
  }
}
