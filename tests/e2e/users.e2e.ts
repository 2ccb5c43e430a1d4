import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInPage } from './pages/sign-in-page';
import { startApp, type E2eApp } from './support/app';

let app: E2eApp;
beforeAll(async () => {
  // Signed in as the demo administrator. The refused duplicate account is an HTTP 409, which the
  // browser logs as a failed resource: expected here.
  app = await startApp({ allowConsoleErrors: [/Failed to load resource: the server responded with a status of 409/] });
});
afterAll(async () => {
  await app?.close();
});

describe('Accounts screen', () => {
  it('lets the administrator add a colleague, who can then sign in with that role', async () => {
    const page = app.page;
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-table').waitFor();
    await expect.poll(() => page.getByTestId('users-row').count()).toBe(5);

    // A mistyped repeat is caught at the field, and nothing is sent.
    await page.getByTestId('new-username').fill('besa.k');
    await page.getByTestId('new-display-name').fill('Besa Krasniqi');
    await page.getByTestId('new-role').selectOption('finance_officer');
    await page.getByTestId('new-password').fill('shelter budget 2027');
    await page.getByTestId('new-password-repeat').fill('shelter budget 2026');
    await page.getByTestId('new-account-submit').click();
    await expect.poll(() => page.getByTestId('new-password-repeat-error').textContent()).toBe('The two passwords are not the same.');
    expect(await page.getByTestId('users-row').count()).toBe(5);

    await page.getByTestId('new-password-repeat').fill('shelter budget 2027');
    await page.getByTestId('new-account-submit').click();
    await expect.poll(() => page.getByTestId('users-notice').textContent()).toBe('Account besa.k created.');
    await expect.poll(() => page.getByTestId('users-row').count()).toBe(6);
    await app.screenshot('users-created');

    // The same name again is refused at the user-name field.
    await page.getByTestId('new-username').fill('besa.k');
    await page.getByTestId('new-display-name').fill('Someone else');
    await page.getByTestId('new-password').fill('another long one');
    await page.getByTestId('new-password-repeat').fill('another long one');
    await page.getByTestId('new-account-submit').click();
    await expect.poll(() => page.getByTestId('new-username-error').textContent()).toBe('This user name is taken.');

    await page.getByTestId('signout').click();
    const signIn = new SignInPage(page);
    await signIn.signIn('besa.k', 'shelter budget 2027');
    await expect.poll(() => page.getByTestId('user-role').textContent()).toBe('Finance officer');
    // Only administrators see the Accounts screen.
    expect(await page.getByTestId('nav-users').count()).toBe(0);
  });
});
