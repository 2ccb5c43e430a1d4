import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { DEMO_ACCOUNTS } from '../../core/demo/accounts';
import { formatMoneyIn } from '../../core/domain/locale-format';
import { asSession, signInAs } from '../support/demo-core';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { NewGrantDialog } from './pages/new-grant-dialog';
import { ReconciliationPage } from './pages/reconciliation-page';
import { SignInPage } from './pages/sign-in-page';
import { startApp, type E2eApp } from './support/app';

const REFERENCE = 'E2E-RS-2026-T01';
const GRANTOR = 'OSCE Mission to Serbia';
const GRANTEE = 'Centar za zaštitu i podršku Oaza';
const eur = (minor: number) => formatMoneyIn({ amountMinor: minor, currency: 'EUR' }, 'en');

let app: E2eApp;
let core: Core;
let grants: GrantsPage;
let dialog: NewGrantDialog;
let panel: GrantPanel;

const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const grantCount = () => {
  const r = core.call('grants.page', { startRow: 0, endRow: 1 });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { lastRow: number }).lastRow;
};
const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;

beforeAll(async () => {
  // Chromium reports the refused (409) request of the taken reference as a console error.
  app = await startApp({ signInAs: 'coordinator', allowConsoleErrors: [/status of 409/] });
  core = asSession(app.core, signInAs(app.core, 'coordinator'));
  grants = new GrantsPage(app.page);
  dialog = new NewGrantDialog(app.page);
  panel = new GrantPanel(app.page);
  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

describe('money flow in Chromium: a grant from its creation to reconciliation', () => {
  it('refuses a zero amount and an end before the start at their fields, and creates nothing', async () => {
    const before = grantCount();
    // From the keyboard: the dialog opens on its first field, Escape closes it and focus goes back.
    await dialog.open();
    await expect.poll(focused).toBe('grant-reference');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.dialog.count()).toBe(0);
    await expect.poll(focused).toBe('new-grant');
    await app.page.keyboard.press('Enter');
    await dialog.dialog.waitFor();
    await expect.poll(focused).toBe('grant-reference');
    await dialog.fill({ reference: REFERENCE, title: 'Shelter running costs 2026', grantor: GRANTOR, grantee: GRANTEE, country: 'RS', amount: '0', startDate: '2026-12-31', endDate: '2026-01-01' });
    await dialog.submitWithEnter();
    await dialog.error('amount').waitFor();
    expect(await dialog.error('amount').textContent()).toContain('more than zero');
    expect(await dialog.error('end').textContent()).toContain('before the start date');
    await expect.poll(focused).toBe('grant-amount'); // focus on the first error
    await app.screenshot('money-new-grant-errors');
    expect(grantCount()).toBe(before);
  });

  it('shows a reference already in use at its field, from the server', async () => {
    const taken = one<{ reference: string }>('SELECT reference FROM grants ORDER BY id LIMIT 1').reference;
    await dialog.field('reference').fill(taken);
    await dialog.field('amount').fill('100,000.00');
    await dialog.field('start').fill('2026-01-01');
    await dialog.field('end').fill('2026-12-31');
    await expect.poll(() => dialog.amountReadAs.textContent()).toContain('€100,000.00');
    await dialog.submitWithEnter();
    await dialog.error('reference').waitFor();
    expect(await dialog.error('reference').textContent()).toContain('already has this reference');
    await expect.poll(focused).toBe('grant-reference');
  });

  it('creates a draft grant of EUR 100,000.00 and opens it', async () => {
    const before = grantCount();
    await dialog.field('reference').fill(REFERENCE);
    await dialog.submitWithEnter();
    await expect.poll(() => dialog.dialog.count()).toBe(0);
    await panel.panel.waitFor();
    await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
    expect(grantCount()).toBe(before + 1);
    const g = one<{ amount_minor: number; currency: string; status: string }>('SELECT amount_minor, currency, status FROM grants WHERE reference = ?', REFERENCE);
    expect(g).toEqual({ amount_minor: 10_000_000, currency: 'EUR', status: 'draft' });
  });

  it('generates four quarterly tranches from a preview, then approves and activates the grant', async () => {
    await panel.openSchedule.click();
    await panel.scheduleKind.selectOption('quarterly');
    await panel.scheduleCount.fill('4');
    await panel.scheduleFirstDue.fill('2026-01-15');
    await expect.poll(() => panel.previewRows.count()).toBe(4);
    expect(await panel.previewRows.first().textContent()).toContain('€25,000.00');
    await app.screenshot('money-schedule-preview');
    await panel.saveSchedule.click();
    await expect.poll(() => panel.trancheRows.count()).toBe(4);
    await panel.transition('approved').click();
    await panel.transition('active').waitFor();
    await panel.transition('active').click();
    await panel.transition('suspended').waitFor();
    expect(await panel.transition('cancelled').count()).toBe(0); // an active grant is suspended, not cancelled
    expect(one<{ status: string }>('SELECT status FROM grants WHERE reference = ?', REFERENCE).status).toBe('active');
    await app.screenshot('money-grant-active');
  });

  it('as the finance officer, records a disbursement of the first tranche and a receipt in RSD', async () => {
    await app.page.getByTestId('signout').click();
    const form = new SignInPage(app.page);
    await form.signIn('finance', DEMO_ACCOUNTS.find((a) => a.username === 'finance')!.password);
    await form.userMenu.waitFor();
    await grants.waitForRows();
    expect(await app.page.getByTestId('new-grant').count()).toBe(0); // finance officers do not create grants

    await app.page.getByTestId('grants-search').fill(REFERENCE);
    await expect.poll(() => grants.cell(0, 'reference').textContent()).toBe(REFERENCE);
    await grants.cell(0, 'grantee').click();
    await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
    expect(await panel.transition('suspended').count()).toBe(0); // lifecycle is the coordinator's

    await panel.recordDisbursement.first().click();
    await panel.disbursementForm.waitFor();
    await expect.poll(focused).toBe('disbursement-date');
    expect(await panel.disbursementField('date').inputValue()).toBe('2026-01-15');
    expect(await panel.disbursementField('amount').inputValue()).toBe('25,000.00');
    // The grantee's account valid on the payment date is the one offered.
    await expect.poll(() => panel.disbursementField('account').locator('option').count()).toBeGreaterThan(1);
    const account = one<{ iban: string }>(
      "SELECT iban FROM bank_accounts WHERE organisation_id = (SELECT id FROM organisations WHERE name = ?) AND valid_from <= '2026-01-15' AND (valid_to IS NULL OR valid_to >= '2026-01-15') ORDER BY id LIMIT 1",
      GRANTEE,
    );
    const optionValue = await panel.disbursementField('account').locator('option', { hasText: account.iban.slice(0, 4) }).first().getAttribute('value');
    await panel.disbursementField('account').selectOption(optionValue!);
    await panel.disbursementField('reference').fill('TRN-E2E-01');
    await app.screenshot('money-disbursement-form');
    await panel.disbursementField('reference').press('Enter');
    await panel.disbursementResult.waitFor();
    expect(await panel.disbursementResult.textContent()).toContain('€25,000.00');
    await expect.poll(() => panel.disbursementRows.count()).toBe(1);
    await app.screenshot('money-disbursement-recorded');

    const rate = one<{ rate: string }>("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = 'RSD' AND rate_date <= '2026-01-22' ORDER BY rate_date DESC LIMIT 1").rate;
    const rsdMinor = Math.round(2_500_000 * Number(rate));
    const rsdText = formatMoneyIn({ amountMinor: rsdMinor, currency: 'RSD' }, 'en').replace(/[^\d.,]/g, '');
    await panel.recordReceipt.click();
    await expect.poll(focused).toBe('receipt-date');
    await panel.receiptField('date').fill('2026-01-22');
    await panel.receiptField('amount').fill(rsdText);
    await panel.receiptField('currency').selectOption('RSD');
    await panel.receiptField('reference').fill('TRN-E2E-01');
    await panel.receiptField('reference').press('Enter');
    await panel.receiptResult.waitFor();
    const result = (await panel.receiptResult.textContent()) ?? '';
    expect(result).toContain('RSD');
    expect(result).toMatch(/In the grant's currency: €2[45],\d{3}\.\d{2}/);
    expect(result).toContain('Matched');
    await expect.poll(() => panel.receiptRows.count()).toBe(1);
    await app.screenshot('money-receipt-recorded');
  });

  it('shows the grant balanced on the Reconciliation screen, once the payment is approved', async () => {
    // EUR 25,000.00 is above the four-eyes threshold: disbursed only once a colleague approves it.
    const paid = one<{ id: number }>("SELECT id FROM disbursements WHERE bank_reference = 'TRN-E2E-01'").id;
    const approved = core.call('disbursements.approve', { id: paid });
    expect(approved.ok).toBe(true);
    const recon = new ReconciliationPage(app.page);
    await recon.navLink.click();
    await expect.poll(() => recon.cellText(0, 'reference')).not.toBe(''); // the grid is up before it is filtered
    await recon.floatingFilter('reference').fill(REFERENCE);
    await expect.poll(() => app.page.getByTestId('reconciliation-count').textContent()).toBe('1 grant');
    expect(await recon.cellText(0, 'reference')).toBe(REFERENCE);
    expect(await recon.cell(1, 'reference').count()).toBe(0);
    expect(await recon.cellText(0, 'amount')).toBe(eur(10_000_000));
    expect(await recon.cellText(0, 'disbursed')).toBe(eur(2_500_000));
    expect(await recon.cellText(0, 'outstanding')).toBe(eur(7_500_000));
    const received = one<{ s: number }>('SELECT SUM(grant_amount_minor) AS s FROM receipts WHERE grant_id = (SELECT id FROM grants WHERE reference = ?)', REFERENCE).s;
    expect(Math.abs(received - 2_500_000)).toBeLessThanOrEqual(1);
    expect(await recon.cellText(0, 'received')).toBe(eur(received));
    await recon.cell(0, 'grantee').click();
    await recon.detail.waitFor();
    await expect.poll(() => recon.total('disbursed').textContent()).toBe(eur(2_500_000));
    expect(await recon.total('outstanding').textContent()).toBe(eur(7_500_000));
    expect(await recon.total('received').textContent()).toBe(eur(received));
    await app.screenshot('money-reconciliation');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => recon.detail.count()).toBe(0);
  });
});
