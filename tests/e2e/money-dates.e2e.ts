import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { asSession, signInAs } from '../support/demo-core';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

const REFERENCE = 'E2E-RS-2026-D01';
const GRANTOR = 'OSCE Mission to Serbia';
const GRANTEE = 'Centar za zaštitu i podršku Oaza';

let app: E2eApp;
let grants: GrantsPage;
let panel: GrantPanel;
let grantId: number;

const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const count = (table: string) => one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE grant_id = ?`, grantId).n;
const call = (core: Core, method: string, input: unknown) => {
  const r = core.call(method as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number };
};

beforeAll(async () => {
  // Today is 2026-11-24. The grant ran from January to the end of June 2026.
  app = await startApp({ signInAs: 'finance', allowConsoleErrors: [/status of 400/] });
  grants = new GrantsPage(app.page);
  panel = new GrantPanel(app.page);
  const coordinator = asSession(app.core, signInAs(app.core, 'coordinator'));
  const org = (name: string) => one<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name).id;
  grantId = call(coordinator, 'grants.create', {
    reference: REFERENCE,
    title: 'Shelter 2026 H1',
    purpose: one<{ purpose: string }>('SELECT purpose FROM grants ORDER BY id LIMIT 1').purpose,
    grantorId: org(GRANTOR),
    granteeId: org(GRANTEE),
    country: 'RS',
    amountMinor: 1_000_000,
    currency: 'EUR',
    startDate: '2026-01-01',
    endDate: '2026-06-30',
  }).id;
  call(coordinator, 'grants.setSchedule', { grantId, schedule: { kind: 'quarterly', count: 2, firstDueDate: '2026-01-15' } });
  call(coordinator, 'grants.transition', { id: grantId, to: 'approved' });
  call(coordinator, 'grants.transition', { id: grantId, to: 'active' });
  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

describe('dates in the money forms, in Chromium', () => {
  it('2026-02-30 is named as a day that does not exist, and the other fields keep what was typed', async () => {
    await app.page.getByTestId('grants-search').fill(REFERENCE);
    await expect.poll(() => grants.cell(0, 'reference').textContent()).toBe(REFERENCE);
    await grants.cell(0, 'grantee').click();
    await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
    await panel.recordDisbursement.first().click();
    await panel.disbursementForm.waitFor();
    await expect.poll(() => panel.disbursementField('account').locator('option').count()).toBeGreaterThan(1);
    const account = await panel.disbursementField('account').locator('option').nth(1).getAttribute('value');
    await panel.disbursementField('account').selectOption(account!);
    await panel.disbursementField('reference').fill('TRN-E2E-D01');
    await panel.disbursementField('date').fill('2026-02-30');
    await panel.disbursementField('reference').press('Enter');
    await panel.panel.getByTestId('disbursement-date-error').waitFor();
    expect(await panel.panel.getByTestId('disbursement-date-error').textContent()).toBe('There is no 2026-02-30: 2026-02 has 28 days.');
    expect(await panel.disbursementField('account').inputValue()).toBe(account);
    expect(await panel.disbursementField('reference').inputValue()).toBe('TRN-E2E-D01');
    expect(await panel.disbursementField('amount').inputValue()).toBe('5,000.00');
    expect(count('disbursements')).toBe(0);
    await app.screenshot('money-dates-no-such-day');
  });

  it('refuses a payment dated after today, naming the date, and writes nothing', async () => {
    await panel.disbursementField('date').fill('2027-05-20');
    await panel.disbursementField('reference').press('Enter');
    await expect.poll(() => panel.panel.getByTestId('disbursement-date-error').textContent()).toBe('2027-05-20 is after today (2026-11-24). Record it once it has happened.');
    expect(await panel.disbursementField('reference').inputValue()).toBe('TRN-E2E-D01');
    expect(count('disbursements')).toBe(0);
    await app.page.keyboard.press('Escape');
  });

  it('refuses a receipt dated after today, and one more than 30 days after the grant ended', async () => {
    await panel.recordReceipt.click();
    await panel.receiptField('date').fill('2026-12-01');
    await panel.receiptField('amount').fill('5,000.00');
    await panel.receiptField('reference').fill('TRN-E2E-D02');
    await panel.saveReceipt.click();
    await expect.poll(() => panel.panel.getByTestId('receipt-date-error').textContent()).toBe('2026-12-01 is after today (2026-11-24). Record it once it has happened.');
    await panel.receiptField('date').fill('2026-08-15');
    await panel.saveReceipt.click();
    await expect.poll(() => panel.panel.getByTestId('receipt-date-error').textContent()).toBe('2026-08-15 is more than 30 days after the grant ended (2026-06-30).');
    expect(await panel.receiptField('amount').inputValue()).toBe('5,000.00');
    expect(await panel.receiptField('reference').inputValue()).toBe('TRN-E2E-D02');
    expect(count('receipts')).toBe(0);
    await app.screenshot('money-dates-receipt-late');
    // Within the grace period it is accepted.
    await panel.receiptField('date').fill('2026-07-20');
    await panel.saveReceipt.click();
    await panel.receiptResult.waitFor();
    expect(count('receipts')).toBe(1);
  });
});
