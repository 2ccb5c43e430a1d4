import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { DEMO_ACCOUNTS } from '../../core/demo/accounts';
import { asSession, signInAs } from '../support/demo-core';
import { FxPage } from './pages/fx-page';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { SignInPage } from './pages/sign-in-page';
import { startApp, type E2eApp } from './support/app';

const REFERENCE = 'E2E-RS-2026-C01';
const GRANTOR = 'OSCE Mission to Serbia';
const GRANTEE = 'Centar za zaštitu i podršku Oaza';

let app: E2eApp;
let core: Core;
let grants: GrantsPage;
let panel: GrantPanel;

const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const call = (method: string, input: unknown) => {
  const r = core.call(method as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number };
};

async function signInAndOpen(username: string) {
  await app.page.getByTestId('signout').click();
  const form = new SignInPage(app.page);
  await form.signIn(username, DEMO_ACCOUNTS.find((a) => a.username === username)!.password);
  await form.userMenu.waitFor();
  await grants.waitForRows();
  await app.page.getByTestId('grants-search').fill(REFERENCE);
  await expect.poll(() => grants.cell(0, 'reference').textContent()).toBe(REFERENCE);
  await grants.cell(0, 'grantee').click();
  await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
}

beforeAll(async () => {
  // The refused approval (403) and the refused CSV (400) show in Chromium's console.
  app = await startApp({ signInAs: 'coordinator', allowConsoleErrors: [/status of 403/, /status of 400/] });
  core = asSession(app.core, signInAs(app.core, 'coordinator'));
  grants = new GrantsPage(app.page);
  panel = new GrantPanel(app.page);
  // An active EUR 60,000.00 grant in four quarterly tranches of EUR 15,000.00, made through the API.
  const org = (name: string) => one<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name).id;
  const { id } = call('grants.create', {
    reference: REFERENCE,
    title: 'Hotline four-eyes controls',
    purpose: anyPurpose(),
    grantorId: org(GRANTOR),
    granteeId: org(GRANTEE),
    country: 'RS',
    amountMinor: 6_000_000,
    currency: 'EUR',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  });
  call('grants.setSchedule', { grantId: id, schedule: { kind: 'quarterly', count: 4, firstDueDate: '2026-02-15' } });
  call('grants.transition', { id, to: 'approved' });
  call('grants.transition', { id, to: 'active' });
  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

/** Any purpose the demo data uses (the list is the schema's). */
function anyPurpose(): string {
  return one<{ purpose: string }>('SELECT purpose FROM grants ORDER BY id LIMIT 1').purpose;
}

describe('money controls in Chromium: four-eyes approval, amendments and exchange rates', () => {
  it('a disbursement of EUR 15,000.00 awaits a second person; its recorder cannot approve it', async () => {
    await signInAndOpen('finance');
    await panel.recordDisbursement.first().click();
    await panel.disbursementForm.waitFor();
    expect(await panel.disbursementField('amount').inputValue()).toBe('15,000.00');
    await expect.poll(() => panel.disbursementField('account').locator('option').count()).toBeGreaterThan(1);
    const value = await panel.disbursementField('account').locator('option').nth(1).getAttribute('value');
    await panel.disbursementField('account').selectOption(value!);
    await panel.disbursementField('reference').fill('TRN-E2E-C01');
    await panel.disbursementField('reference').press('Enter');
    await panel.disbursementResult.waitFor();
    expect(await panel.disbursementResult.textContent()).toContain('A second person must approve');
    await expect.poll(() => panel.approvalStates.first().textContent()).toBe('Awaiting approval (recorded by Demo Finance Officer)');
    // The recorder is not offered a button only to be refused: the panel says who must act.
    expect(await panel.approve.count()).toBe(0);
    expect(await panel.disbursementRows.first().textContent()).toContain('You recorded this; a colleague must approve it.');
    expect(one<{ approved_by: number | null }>("SELECT approved_by FROM disbursements WHERE bank_reference = 'TRN-E2E-C01'").approved_by).toBeNull();
    await app.screenshot('money-approval-refused');
  });

  it('a second finance officer approves it', async () => {
    await signInAndOpen('finance2');
    await expect.poll(() => panel.approvalStates.first().textContent()).toBe('Awaiting approval (recorded by Demo Finance Officer)');
    await panel.approve.first().click();
    await expect.poll(() => panel.approvalStates.first().textContent()).toBe('Approved by Demo Second Finance Officer on 2026-11-24');
    expect(await panel.approve.count()).toBe(0);
    expect(one<{ approved_by: number | null }>("SELECT approved_by FROM disbursements WHERE bank_reference = 'TRN-E2E-C01'").approved_by).not.toBeNull();
    await app.screenshot('money-approved');
  });

  it('the coordinator raises the grant by EUR 10,000.00: the amendment is listed and a fifth tranche added', async () => {
    await signInAndOpen('coordinator');
    expect(await panel.trancheRows.count()).toBe(4);
    await panel.openAmend.click();
    await panel.amendField('amount').fill('70,000.00');
    await expect.poll(() => app.page.getByTestId('amend-amount-hint').textContent()).toContain('€70,000.00');
    await panel.saveAmend.click();
    await panel.amendField('reason').waitFor();
    expect(await app.page.getByTestId('amend-reason-error').textContent()).toBe('A reason is required.');
    await panel.amendField('reason').fill('Second hotline operator from July');
    await panel.saveAmend.click();
    await expect.poll(() => panel.amendmentRows.count()).toBe(1);
    const row = (await panel.amendmentRows.first().textContent()) ?? '';
    expect(row).toContain('Grant amount');
    expect(row).toContain('€60,000.00 → €70,000.00');
    expect(row).toContain('Second hotline operator from July');
    expect(row).toContain('Demo Coordinator');
    await expect.poll(() => panel.trancheRows.count()).toBe(5);
    expect(await panel.trancheRows.nth(4).textContent()).toContain('€10,000.00');
    await app.screenshot('money-amended');
  });

  it('imports two rates from CSV on the Exchange rates screen, and names the bad line of another file', async () => {
    const fx = new FxPage(app.page);
    await fx.navLink.click();
    await expect.poll(() => fx.pairRows.count()).toBeGreaterThan(0);
    await fx.importCsv('rates.csv', 'date,base,quote,rate\n2026-11-20,EUR,ALL,98.15\n2026-11-23,EUR,ALL,98.2\n');
    await fx.importResult.waitFor();
    expect(await fx.importResult.textContent()).toBe('2 rates imported');
    expect(one<{ rate: string }>("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = 'ALL' AND rate_date = '2026-11-23'").rate).toBe('98.2');
    await app.screenshot('money-fx-imported');

    await fx.importCsv('bad.csv', 'date;base;quote;rate\n2026-11-24;EUR;ALL;98,3\n2026-11-24;EUR;MKD;61,5x\n');
    await fx.importError.waitFor();
    expect(await fx.importError.textContent()).toContain('Line 3: the rate is not a positive decimal number.');
    expect(one<{ n: number }>("SELECT COUNT(*) AS n FROM fx_rates WHERE source = 'bad.csv'").n).toBe(0);
    await app.screenshot('money-fx-import-error');
  });
});
