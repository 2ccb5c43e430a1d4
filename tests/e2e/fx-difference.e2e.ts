import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { convertCross } from '../../core/domain/fx';
import { formatAmountIn, formatMoneyIn } from '../../core/domain/locale-format';
import { asSession, signInAs } from '../support/demo-core';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { ReconciliationPage } from './pages/reconciliation-page';
import { startApp, type E2eApp } from './support/app';

const REFERENCE = 'E2E-AL-2026-F01';
const GRANTOR = 'OSCE Mission to Serbia';
const GRANTEE = 'Centar za zaštitu i podršku Oaza';
const eur = (minor: number) => formatMoneyIn({ amountMinor: minor, currency: 'EUR' }, 'en');

let app: E2eApp;
let grants: GrantsPage;
let panel: GrantPanel;
let grantId: number;
let paymentId: number;
let allMinor: number;
let receivedEur: number;

const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const as = (username: string): Core => asSession(app.core, signInAs(app.core, username));
const call = (core: Core, method: string, input: unknown) => {
  const r = core.call(method as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number };
};

beforeAll(async () => {
  app = await startApp({ signInAs: 'finance2' });
  grants = new GrantsPage(app.page);
  panel = new GrantPanel(app.page);
  const coordinator = as('coordinator');
  const org = (name: string) => one<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name).id;
  grantId = call(coordinator, 'grants.create', {
    reference: REFERENCE, title: 'Hotline 2026', purpose: one<{ purpose: string }>('SELECT purpose FROM grants ORDER BY id LIMIT 1').purpose,
    grantorId: org(GRANTOR), granteeId: org(GRANTEE), country: 'RS', amountMinor: 12_000_000, currency: 'EUR', startDate: '2026-01-01', endDate: '2026-12-31',
  }).id;
  call(coordinator, 'grants.setSchedule', { grantId, schedule: { kind: 'quarterly', count: 4, firstDueDate: '2026-01-15' } });
  call(coordinator, 'grants.transition', { id: grantId, to: 'approved' });
  call(coordinator, 'grants.transition', { id: grantId, to: 'active' });
  const tranche = one<{ id: number }>('SELECT id FROM tranches WHERE grant_id = ? AND seq = 4', grantId).id;
  const account = one<{ id: number }>('SELECT id FROM bank_accounts WHERE organisation_id = ? AND valid_to IS NULL ORDER BY id LIMIT 1', org(GRANTEE)).id;
  paymentId = call(as('finance'), 'disbursements.record', { trancheId: tranche, paidDate: '2026-10-01', amountMinor: 3_000_000, currency: 'EUR', bankAccountId: account, bankReference: 'TRN-E2E-F01' }).id;
  call(coordinator, 'disbursements.approve', { id: paymentId });
  // The NGO's bank credited lek at its own rate: at the day's reference rate it comes to about
  // EUR 29,863.28, EUR 136.72 short of the payment (0.46%).
  const rate = one<{ rate: string }>("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = 'ALL' AND rate_date <= '2026-10-06' ORDER BY rate_date DESC LIMIT 1").rate;
  allMinor = Math.round(2_986_328 * Number(rate));
  receivedEur = convertCross(allMinor, 2, rate, '1', 2);
  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

describe('a receipt converted from lek, in Chromium', () => {
  it('is matched automatically within the stated conversion tolerance', async () => {
    await app.page.getByTestId('grants-search').fill(REFERENCE);
    await expect.poll(() => grants.cell(0, 'reference').textContent()).toBe(REFERENCE);
    await grants.cell(0, 'grantee').click();
    await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
    await panel.recordReceipt.click();
    await panel.receiptField('date').fill('2026-10-06');
    await panel.receiptField('currency').selectOption('ALL');
    await panel.receiptField('amount').fill(formatAmountIn({ amountMinor: allMinor, currency: 'ALL' }, 'en'));
    await panel.receiptField('reference').fill('ALPHA-778812');
    await panel.saveReceipt.click();
    await panel.receiptResult.waitFor();
    const text = (await panel.receiptResult.textContent()) ?? '';
    expect(text).toContain(`Matched ${eur(receivedEur)} to the disbursement of 2026-10-01 (€30,000.00).`);
    expect(text).toContain(`A converted receipt within the 1.00% tolerance: record the remaining ${eur(3_000_000 - receivedEur)} as an exchange difference`);
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM receipt_matches WHERE disbursement_id = ?', paymentId).n).toBe(1);
    await app.screenshot('fx-difference-matched');
  });

  it('a finance officer records the rest as an exchange difference with a reason, and the reconciliation closes', async () => {
    const rec = new ReconciliationPage(app.page);
    await rec.navLink.click();
    await rec.search.fill(REFERENCE);
    await expect.poll(() => rec.cellText(0, 'reference')).toBe(REFERENCE);
    await rec.cell(0, 'grantee').click();
    await expect.poll(() => rec.total('inTransit').textContent()).toBe(eur(3_000_000 - receivedEur));
    expect(await rec.detail.getByTestId('fx-tolerance').textContent()).toContain('within 1.00% of');
    const line = rec.detail.getByTestId('open-payment');
    expect(await line.count()).toBe(1);
    await line.getByTestId('difference-open').click();
    await rec.detail.getByTestId('difference-form').waitFor();
    expect(await rec.detail.getByTestId('difference-amount').inputValue()).toBe(formatAmountIn({ amountMinor: 3_000_000 - receivedEur, currency: 'EUR' }, 'en'));
    // A reason is needed.
    await rec.detail.getByTestId('difference-save').click();
    await expect.poll(() => rec.detail.getByTestId('difference-reason-error').textContent()).toBe('A reason is required.');
    await rec.detail.getByTestId('difference-reason').fill('Bank converted at its own rate (Raiffeisen AL, statement 10/2026)');
    await rec.detail.getByTestId('difference-save').click();
    await rec.detail.getByTestId('difference-result').waitFor();
    await expect.poll(() => rec.total('inTransit').textContent()).toBe('€0.00');
    expect(await rec.detail.getByTestId('open-payment').count()).toBe(0);
    expect(await rec.detail.getByTestId('difference').first().textContent()).toBe(`Exchange difference ${eur(3_000_000 - receivedEur)}: Bank converted at its own rate (Raiffeisen AL, statement 10/2026)`);
    await app.screenshot('fx-difference-recorded');
    // The record is audited with its reason.
    const entry = one<{ reason: string; action: string }>("SELECT reason, action FROM audit_entries WHERE table_name = 'payment_differences' ORDER BY seq DESC LIMIT 1");
    expect(entry).toEqual({ reason: 'Bank converted at its own rate (Raiffeisen AL, statement 10/2026)', action: 'insert' });
    const r = as('auditor').call('reconciliation.grant', { grantId, days: 30 });
    if (!r.ok) throw new Error(r.error.message);
    expect((r.value as { discrepancies: unknown[]; inTransitMinor: number })).toMatchObject({ discrepancies: [], inTransitMinor: 0 });
  });
});
