import type { Locator, Page } from 'playwright-core';

/** The screens before the app: sign-in (with the demo accounts box) and the first administrator's setup. */
export class SignInPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('signin-form');
  }

  get username(): Locator {
    return this.page.getByTestId('signin-username');
  }

  get password(): Locator {
    return this.page.getByTestId('signin-password');
  }

  get submit(): Locator {
    return this.page.getByTestId('signin-submit');
  }

  get error(): Locator {
    return this.page.getByTestId('signin-error');
  }

  get notice(): Locator {
    return this.page.getByTestId('signin-notice');
  }

  get demoAccounts(): Locator {
    return this.page.getByTestId('demo-accounts');
  }

  get setupForm(): Locator {
    return this.page.getByTestId('setup-form');
  }

  /** The header's account area, once the app shows. */
  get userMenu(): Locator {
    return this.page.getByTestId('user-menu');
  }

  /** Types a user name and password into the form and presses Sign in. */
  async signIn(username: string, password: string): Promise<void> {
    await this.form.waitFor();
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
