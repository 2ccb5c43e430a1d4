import type { Locator, Page } from 'playwright-core';

export type GrantFormValues = {
  reference: string;
  title: string;
  grantor: string;
  grantee: string;
  /** ISO 3166 code, chosen from the country list. */
  country: string;
  amount: string;
  currency?: string;
  startDate: string;
  endDate: string;
};

/** The "New grant" dialog of the Grants screen. */
export class NewGrantDialog {
  constructor(readonly page: Page) {}

  get openButton(): Locator {
    return this.page.getByTestId('new-grant');
  }

  get dialog(): Locator {
    return this.page.getByTestId('new-grant-dialog');
  }

  field(name: 'reference' | 'title' | 'grantor' | 'grantee' | 'country' | 'amount' | 'currency' | 'start' | 'end'): Locator {
    return this.page.getByTestId(`grant-${name}`);
  }

  /** The error shown at a field (test ids as above). */
  error(name: 'reference' | 'title' | 'grantor' | 'grantee' | 'country' | 'amount' | 'currency' | 'start' | 'end'): Locator {
    return this.page.getByTestId(`grant-${name}-error`);
  }

  get amountReadAs(): Locator {
    return this.page.getByTestId('grant-amount-hint');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.dialog.waitFor();
  }

  async fill(v: GrantFormValues): Promise<void> {
    await this.field('reference').fill(v.reference);
    await this.field('title').fill(v.title);
    await this.field('grantor').fill(v.grantor);
    await this.field('grantee').fill(v.grantee);
    await this.field('country').selectOption(v.country);
    await this.field('amount').fill(v.amount);
    if (v.currency) await this.field('currency').selectOption(v.currency);
    await this.field('start').fill(v.startDate);
    await this.field('end').fill(v.endDate);
  }

  /** Presses Enter in the last field, as a keyboard user saves. */
  async submitWithEnter(): Promise<void> {
    await this.field('end').press('Enter');
  }
}
