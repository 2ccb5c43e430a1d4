import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResources, interpolate, resolveText, type CatalogueFiles } from '../../core/domain/catalogues';
import type { UiLocale } from '../../core/domain/locales';
import { DEMO_ACCOUNTS } from '../../core/demo/accounts';
import { clockTime } from '../../renderer/src/features/auth/clock-time';
import { asSession, signInAs } from '../support/demo-core';
import { SignInPage } from './pages/sign-in-page';
import { ARTIFACTS, startApp, type E2eApp } from './support/app';

// Expected texts come from the catalogue files, so a translation can change without this test,
// but a missing or unapplied one cannot.
const NAMESPACES = ['app', 'auth'];
const files: CatalogueFiles = Object.fromEntries(
  readdirSync('resources/locales').map((folder) => [
    folder,
    Object.fromEntries(
      NAMESPACES.flatMap((ns) => {
        try {
          return [[ns, JSON.parse(readFileSync(join('resources/locales', folder, `${ns}.json`), 'utf8'))]];
        } catch {
          return []; // an override folder without this namespace
        }
      }),
    ),
  ]),
);
const resources = buildResources(files, NAMESPACES);
function text(locale: UiLocale, key: string, params: Record<string, string> = {}): string {
  const found = NAMESPACES.map((ns) => resolveText(resources, locale, ns, key)).find((s) => s !== undefined);
  if (found === undefined) throw new Error(`no text ${key} in ${locale}`);
  return interpolate(found, params);
}

const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!;
// Chromium reports each refused request as a console error: 403 for a wrong password, 401 for a
// call made with a session that has ended.
const REFUSED_REQUEST = /Failed to load resource: the server responded with a status of 40[13]/;

describe('signing in, on a demo database', () => {
  let app: E2eApp;
  let form: SignInPage;
  const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  const storedSession = () => app.page.evaluate(() => sessionStorage.getItem('tranche.session'));

  beforeAll(async () => {
    app = await startApp({ signInAs: null, allowConsoleErrors: [REFUSED_REQUEST] });
    form = new SignInPage(app.page);
    await form.form.waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens on the sign-in form, user name focused, with the demo accounts listed', async () => {
    await expect.poll(focused).toBe('signin-username');
    expect(await app.page.getByTestId('grants-grid').count()).toBe(0);
    expect(await form.demoAccounts.getByRole('heading').textContent()).toBe(text('en', 'auth.demo.title'));
    const rows = form.demoAccounts.getByTestId('demo-account');
    await expect.poll(() => rows.count()).toBe(DEMO_ACCOUNTS.length);
    const auditorRow = rows.filter({ hasText: 'auditor' });
    expect(await auditorRow.textContent()).toContain(text('en', 'role.funder_auditor'));
    expect(await auditorRow.textContent()).toContain(account('auditor').password);
    await app.screenshot('auth-signin-en');
  });

  it('says a wrong password at the form, and nothing else', async () => {
    await form.username.fill('admin');
    await form.password.fill('not-the-password');
    await form.password.press('Enter'); // Enter signs in
    await expect.poll(() => form.error.textContent()).toBe(text('en', 'auth.signIn.error.credentials'));
    expect(await app.page.getByRole('alert').count()).toBe(1);
    expect(await form.userMenu.count()).toBe(0);
    expect(await app.page.getByTestId('grants-grid').count()).toBe(0);
    expect(await form.password.inputValue()).toBe(''); // to be typed again
    expect(await form.username.inputValue()).toBe('admin');
    expect(await storedSession()).toBeNull();
    await expect.poll(focused).toBe('signin-password');
    await app.screenshot('auth-signin-wrong-password');
  });

  it('fills the form from the demo accounts box, from the keyboard', async () => {
    const use = form.demoAccounts.getByTestId('demo-use-finance');
    expect(await use.getAttribute('aria-label')).toBe(text('en', 'auth.demo.useLabel', { username: 'finance' }));
    await use.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => form.username.inputValue()).toBe('finance');
    expect(await form.password.inputValue()).toBe(account('finance').password);
    expect(await form.error.count()).toBe(0);
    await expect.poll(focused).toBe('signin-submit'); // so Enter signs in next
  });

  it("signs in as the funder-auditor and shows the user's name and role in the header", async () => {
    await form.demoAccounts.getByTestId('demo-use-auditor').click();
    await app.page.keyboard.press('Enter');
    await form.userMenu.waitFor();
    await app.page.getByTestId('grants-grid').waitFor();
    expect(await form.userMenu.getByTestId('user-name').textContent()).toBe(account('auditor').displayName);
    expect(await form.userMenu.getByTestId('user-role').textContent()).toBe(text('en', 'role.funder_auditor'));
    expect(await form.form.count()).toBe(0);
    expect(await storedSession()).toMatch(/\S/);
    await app.screenshot('auth-signed-in-auditor');
    await app.page.locator('.app-header').screenshot({ path: join(ARTIFACTS, 'auth-header-auditor.png') });
  });

  it('signs out back to the sign-in screen, and a reload stays signed out', async () => {
    const session = await storedSession();
    await app.page.getByTestId('signout').click();
    await form.form.waitFor();
    expect(await form.notice.textContent()).toBe(text('en', 'auth.signIn.notice.signedOut'));
    expect(await form.userMenu.count()).toBe(0);
    expect(await storedSession()).toBeNull();
    // The session is over in the core too, not only forgotten by the page.
    expect((await app.host.core.call('app.info', {}, session!)).ok).toBe(false);
    await app.page.reload();
    await form.form.waitFor();
    expect(await form.userMenu.count()).toBe(0);
    expect(await app.page.getByTestId('grants-grid').count()).toBe(0);
  });

  it('offers the language switch before sign-in, and keeps the choice through a reload', async () => {
    await app.page.getByTestId('language-select').selectOption('sr-Cyrl');
    await expect.poll(() => form.submit.textContent()).toBe(text('sr-Cyrl', 'auth.signIn.submit'));
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('sr-Cyrl');
    expect(await form.demoAccounts.getByTestId('demo-account').filter({ hasText: 'finance2' }).textContent()).toContain(text('sr-Cyrl', 'role.finance_officer'));
    await app.page.reload();
    await form.form.waitFor();
    await expect.poll(() => form.submit.textContent()).toBe(text('sr-Cyrl', 'auth.signIn.submit'));
    await app.screenshot('auth-signin-sr-Cyrl');
  });

  it("switches to the user's own language on sign-in, and keeps it after signing out", async () => {
    const coordinator = asSession(app.core, signInAs(app.core, 'coordinator'));
    expect(coordinator.call('app.setLocale', { locale: 'mk' }).ok).toBe(true);
    await form.signIn('coordinator', account('coordinator').password);
    await form.userMenu.waitFor();
    await expect.poll(() => app.page.getByTestId('language-select').inputValue()).toBe('mk');
    expect(await form.userMenu.getByTestId('user-role').textContent()).toBe(text('mk', 'role.coordinator'));
    expect(await app.page.getByTestId('signout').textContent()).toBe(text('mk', 'auth.signOut'));
    await app.screenshot('auth-signed-in-mk');
    await app.page.getByTestId('signout').click();
    await form.form.waitFor();
    expect(await form.submit.textContent()).toBe(text('mk', 'auth.signIn.submit'));
    expect(await app.page.getByTestId('language-select').inputValue()).toBe('mk');
  });

  it('says until when a locked account stays locked, in the language shown', async () => {
    for (let i = 0; i < 5; i++) expect(app.core.call('auth.signIn', { username: 'finance2', password: 'wrong' }).ok).toBe(false);
    const locked = app.core.call('auth.signIn', { username: 'finance2', password: account('finance2').password });
    if (locked.ok) throw new Error('finance2 should be locked');
    const until = String(locked.error.params?.until);
    await form.signIn('finance2', account('finance2').password);
    await expect.poll(() => form.error.textContent()).toBe(text('mk', 'auth.signIn.error.locked', { time: clockTime(until, 'mk') }));
    expect(await form.userMenu.count()).toBe(0);
    await app.screenshot('auth-signin-locked-mk');
  });

  it('comes back to the sign-in screen when a call finds the session ended, keeping the language', async () => {
    await form.demoAccounts.getByTestId('demo-use-admin').click();
    await app.page.keyboard.press('Enter');
    await form.userMenu.waitFor();
    // The administrator has no language of their own: the sign-in screen's (mk) stays.
    expect(await app.page.getByTestId('language-select').inputValue()).toBe('mk');
    const session = await storedSession();
    expect((await app.host.core.call('auth.signOut', {}, session!)).ok).toBe(true); // e.g. expired, or the host restarted
    await app.page.getByTestId('language-select').selectOption('sq'); // app.setLocale is refused: unauthenticated
    await form.form.waitFor();
    await expect.poll(() => form.notice.textContent()).toBe(text('sq', 'error.unauthenticated'));
    expect(await app.page.getByTestId('language-select').inputValue()).toBe('sq');
    expect(await form.userMenu.count()).toBe(0);
    expect(await storedSession()).toBeNull();
    await app.screenshot('auth-session-ended-sq');
  });
});

describe('a new, empty database', () => {
  let app: E2eApp;
  let form: SignInPage;
  const field = (id: string) => app.page.getByTestId(id);

  beforeAll(async () => {
    app = await startApp({ whenNew: 'empty', signInAs: null });
    form = new SignInPage(app.page);
    await form.setupForm.waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('asks for the administrator first: no sign-in form, no demo accounts', async () => {
    expect(await form.form.count()).toBe(0);
    expect(await form.demoAccounts.count()).toBe(0);
    expect(await form.setupForm.getByRole('heading').textContent()).toBe(text('en', 'auth.setup.title'));
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('setup-username');
    await app.screenshot('auth-setup-en');
  });

  it('refuses a mismatched password, and other rule breaks, at their fields', async () => {
    await field('setup-username').fill('Ana');
    await field('setup-display-name').fill('Ana Petrović');
    await field('setup-password').fill('short');
    await field('setup-password-repeat').fill('shorter');
    await field('setup-submit').click();
    await expect.poll(() => field('setup-username-error').textContent()).toBe(text('en', 'auth.invalid.username.format', { letters: 'a–z' }));
    expect(await field('setup-password-error').textContent()).toBe(text('en', 'auth.invalid.password.short'));
    expect(await field('setup-password-repeat-error').textContent()).toBe(text('en', 'auth.invalid.password.mismatch'));
    expect(await field('setup-display-name-error').count()).toBe(0);
    expect(await field('setup-password-repeat').getAttribute('aria-invalid')).toBe('true');

    // Fixing one field clears its message as it is typed; the mismatch stays until the two agree.
    await field('setup-username').fill('ana.petrovic');
    await field('setup-password').fill('a long enough password');
    await field('setup-password-repeat').fill('a long enough passwort');
    await expect.poll(() => field('setup-username-error').count()).toBe(0);
    expect(await field('setup-password-error').count()).toBe(0);
    await field('setup-submit').click();
    expect(await field('setup-password-repeat-error').textContent()).toBe(text('en', 'auth.invalid.password.mismatch'));
    expect(await form.setupForm.count()).toBe(1);
    const status = app.core.call('auth.status', {});
    expect(status.ok && (status.value as { needsSetup: boolean }).needsSetup).toBe(true); // nothing was sent
    await app.screenshot('auth-setup-mismatch');
  });

  it('creates the administrator and lands in the app, signed in', async () => {
    await field('setup-password-repeat').fill('a long enough password');
    await field('setup-password-repeat').press('Enter');
    await form.userMenu.waitFor();
    expect(await form.userMenu.getByTestId('user-name').textContent()).toBe('Ana Petrović');
    expect(await form.userMenu.getByTestId('user-role').textContent()).toBe(text('en', 'role.administrator'));
    await app.page.getByTestId('grants-grid').waitFor();
    const status = app.core.call('auth.status', {});
    expect(status.ok && (status.value as { needsSetup: boolean }).needsSetup).toBe(false);
    expect(app.core.call('auth.signIn', { username: 'ana.petrovic', password: 'a long enough password' }).ok).toBe(true);
    await app.screenshot('auth-setup-done');
  });
});
