import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrantsPage } from './pages/grants-page';
import { NewGrantDialog } from './pages/new-grant-dialog';
import { startApp, type E2eApp } from './support/app';

let app: E2eApp;
let dialog: NewGrantDialog;

const grantCount = () => (app.core.ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM grants').get() as { n: number }).n;

beforeAll(async () => {
  app = await startApp({ signInAs: 'coordinator' });
  dialog = new NewGrantDialog(app.page);
  await new GrantsPage(app.page).waitForRows();
});
afterAll(async () => {
  await app?.close();
});

/** Types `amount` into a filled New grant dialog and saves with Enter; the message at the amount. */
async function amountError(amount: string): Promise<string | null> {
  await dialog.field('amount').fill(amount);
  await dialog.submitWithEnter();
  await dialog.error('amount').waitFor();
  return dialog.error('amount').textContent();
}

describe('amounts in the New grant dialog, in Chromium', () => {
  it('"12.345" in EUR says EUR has two decimals, not that the format is wrong', async () => {
    const before = grantCount();
    await dialog.open();
    await dialog.fill({
      reference: 'E2E-AMOUNTS-1',
      title: 'Hotline 2027',
      grantor: 'OSCE Mission to Serbia',
      grantee: 'Centar za zaštitu i podršku Oaza',
      country: 'RS',
      amount: '1',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    expect(await amountError('12.345')).toBe('EUR has 2 decimal places: write at most 2 digits after the decimal separator.');
    await app.screenshot('money-amount-decimals');
    expect(grantCount()).toBe(before);
  });

  it('a 21-digit number and EUR 10,000,000,000,000.00 are too large, naming the maximum', async () => {
    const before = grantCount();
    expect(await amountError('123456789012345678901')).toBe('Too large: an amount can be at most €100,000,000,000.00.');
    expect(await amountError('10,000,000,000,000.00')).toBe('Too large: an amount can be at most €100,000,000,000.00.');
    await app.screenshot('money-amount-too-large');
    expect(grantCount()).toBe(before);
    // The other fields keep what was typed.
    expect(await dialog.field('reference').inputValue()).toBe('E2E-AMOUNTS-1');
  });
});
