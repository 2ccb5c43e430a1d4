import type { TextKey } from '../../i18n/keys';

/** The fields of the "Create the administrator" form, as typed. */
export type SetupFields = { username: string; displayName: string; password: string; passwordRepeat: string };
export type SetupField = keyof SetupFields;
/** What is wrong with each field, as a catalogue key; a field that is fine is absent. */
export type SetupProblems = Partial<Record<SetupField, TextKey>>;

/** The letters a user name may use, shown in the hints ({{letters}}), never translated or transliterated. */
export const USERNAME_LETTERS = 'a–z';

// The same rules as the core's SetupInput (core/api/schemas/auth.ts); tests/unit/renderer/auth-rules.test.ts
// checks the two agree, so the form never lets through what the core refuses.
const USERNAME = /^[a-z0-9._-]+$/;
const USERNAME_MIN = 3;
const USERNAME_MAX = 40;
const DISPLAY_NAME_MAX = 80;
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;

/** Checks the form before it is sent; an empty result means the core will accept it. */
export function checkSetup(v: SetupFields): SetupProblems {
  const problems: SetupProblems = {};
  const username = v.username.trim();
  if (username === '') problems.username = 'auth.invalid.username.required';
  else if (username.length < USERNAME_MIN || username.length > USERNAME_MAX) problems.username = 'auth.invalid.username.length';
  else if (!USERNAME.test(username)) problems.username = 'auth.invalid.username.format';

  const displayName = v.displayName.trim();
  if (displayName === '') problems.displayName = 'auth.invalid.displayName.required';
  else if (displayName.length > DISPLAY_NAME_MAX) problems.displayName = 'auth.invalid.displayName.long';

  if (v.password === '') problems.password = 'auth.invalid.password.required';
  else if (v.password.length < PASSWORD_MIN) problems.password = 'auth.invalid.password.short';
  else if (v.password.length > PASSWORD_MAX) problems.password = 'auth.invalid.password.long';

  if (v.passwordRepeat !== v.password) problems.passwordRepeat = 'auth.invalid.password.mismatch';
  return problems;
}
