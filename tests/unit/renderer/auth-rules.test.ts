import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SetupInput } from '../../../core/api/schemas/auth';
import { USER_ROLES } from '../../../db/schema/users';
import { ApiError } from '../../../renderer/src/api/client';
import { clockTime } from '../../../renderer/src/features/auth/clock-time';
import { roleLabel } from '../../../renderer/src/features/auth/role-label';
import { checkSetup } from '../../../renderer/src/features/auth/setup-rules';
import { signInErrorText } from '../../../renderer/src/features/auth/sign-in-error';
import { createI18n } from '../../../renderer/src/i18n/i18n';

const valid = { username: 'ana.petrovic', displayName: 'Ana Petrović', password: 'a long enough password', passwordRepeat: 'a long enough password' };

describe('the administrator setup form', () => {
  it('says what is wrong at each field', () => {
    expect(checkSetup(valid)).toEqual({});
    expect(checkSetup({ username: '', displayName: ' ', password: '', passwordRepeat: 'x' })).toEqual({
      username: 'auth.invalid.username.required',
      displayName: 'auth.invalid.displayName.required',
      password: 'auth.invalid.password.required',
      passwordRepeat: 'auth.invalid.password.mismatch',
    });
    expect(checkSetup({ ...valid, username: 'ab' }).username).toBe('auth.invalid.username.length');
    expect(checkSetup({ ...valid, username: 'a'.repeat(41) }).username).toBe('auth.invalid.username.length');
    expect(checkSetup({ ...valid, username: 'Ana' }).username).toBe('auth.invalid.username.format');
    expect(checkSetup({ ...valid, username: 'ana petrović' }).username).toBe('auth.invalid.username.format');
    expect(checkSetup({ ...valid, displayName: 'x'.repeat(81) }).displayName).toBe('auth.invalid.displayName.long');
    expect(checkSetup({ ...valid, password: '123456789', passwordRepeat: '123456789' }).password).toBe('auth.invalid.password.short');
    expect(checkSetup({ ...valid, password: 'x'.repeat(201), passwordRepeat: 'x'.repeat(201) }).password).toBe('auth.invalid.password.long');
    expect(checkSetup({ ...valid, passwordRepeat: `${valid.password} ` }).passwordRepeat).toBe('auth.invalid.password.mismatch');
  });

  it("accepts exactly what the core's SetupInput accepts", () => {
    const username = fc.oneof(fc.string({ maxLength: 45 }), fc.stringMatching(/^\s?[a-zA-Z0-9._ -]{0,42}\s?$/));
    const password = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ minLength: 8, maxLength: 210 }));
    fc.assert(
      fc.property(username, fc.oneof(fc.string({ maxLength: 90 }), fc.constant('  ')), password, (u, d, p) => {
        const form = checkSetup({ username: u, displayName: d, password: p, passwordRepeat: p });
        const core = SetupInput.safeParse({ username: u, displayName: d, password: p });
        expect(Object.keys(form).length === 0, JSON.stringify({ u, d, p, form })).toBe(core.success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the sign-in messages', () => {
  const { t } = createI18n('mk');

  it('say wrong credentials, or until when an account is locked, in the language', () => {
    const wrong = new ApiError({ code: 'forbidden', message: 'Wrong user name or password', params: { reason: 'credentials' } }, 'auth.signIn');
    expect(signInErrorText(wrong, t, 'mk')).toBe('Погрешно корисничко име или лозинка.');
    const until = '2026-11-24T12:15:00.000Z';
    const locked = new ApiError({ code: 'forbidden', message: 'locked', params: { reason: 'locked', until } }, 'auth.signIn');
    expect(signInErrorText(locked, t, 'mk')).toBe(t('auth.signIn.error.locked', { time: clockTime(until, 'mk') }));
    expect(signInErrorText(locked, t, 'mk')).not.toContain('2026-11-24T');
  });

  it('fall back to the general error sentences for anything else', () => {
    const down = new ApiError({ code: 'unavailable', message: 'fetch failed' }, 'auth.signIn');
    expect(signInErrorText(down, t, 'mk')).toBe(t('error.unavailable', { message: 'fetch failed' }));
  });

  it('write the time on the 24-hour clock outside English', () => {
    const at = new Date(2026, 10, 24, 15, 5).toISOString(); // 15:05 on this computer's clock
    expect(clockTime(at, 'mk')).toBe('15:05');
    expect(clockTime(at, 'sq')).toBe('15:05');
    expect(clockTime(at, 'sr-Cyrl')).toBe('15:05');
    expect(clockTime(at, 'en')).toBe('3:05 PM');
    expect(clockTime('not a time', 'en')).toBe('not a time');
  });
});

describe('role names', () => {
  it.each(['en', 'sq', 'hr', 'sr-Cyrl', 'mk'] as const)('has a name for every role in %s', (locale) => {
    const { t } = createI18n(locale);
    const names = USER_ROLES.map((r) => roleLabel(t, r));
    expect(names.every((n, i) => n !== USER_ROLES[i] && !n.startsWith('role.'))).toBe(true);
    expect(new Set(names).size).toBe(USER_ROLES.length);
  });

  it('shows an unknown role as stored', () => {
    expect(roleLabel(createI18n('en').t, 'treasurer')).toBe('treasurer');
  });
});
