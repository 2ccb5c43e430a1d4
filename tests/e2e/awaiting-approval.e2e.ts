import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { asSession, signInAs } from '../support/demo-core';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { ReconciliationPage } from './pages/reconciliation-page';
import { startApp, type E2eApp } from './support/app';

const REFERENCE = 'E2E-RS-2026-A01';
const GRANTOR = 'OSCE Mission to Serbia';
const GRANTEE = 'Centar za zaštitu i podršku Oaza';

let app: E2eApp;
let grants: GrantsPage;
let panel: GrantPanel;
let grantId: number;

const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const as = (username: string): Core => asSession(app.core, signInAs(app.core, username));
const call = (core: Core, method: string, input: unknown) => {
  const r = core.call(method as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number };
};

async function openGrant() {
  await grants.page.getByTestId('nav-grants').click();
  await grants.waitForRows();
  await app.page.getByTestId('grants-search').fill(REFERENCE);
  await expect.poll(() => grants.cell(0, 'reference').textContent()).toBe(REFERENCE);
  await grants.cell(0, 'grantee').click();
  await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
}

beforeAll(async () => {
  // The second finance officer looks; the first recorded EUR 25,000.00, above the EUR 10,000.00 threshold.
  app = await startApp({ signInAs: 'finance2' });
  grants = new GrantsPage(app.page);
  panel = new GrantPanel(app.page);
  const coordinator = as('coordinator');
  const org = (name: string) => one<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name).id;
  grantId = call(coordinator, 'grants.create', {
    reference: REFERENCE,
    title: 'Hotline 2026',
    purpose: one<{ purpose: string }>('SELECT purpose FROM grants ORDER BY id LIMIT 1').purpose,
    grantorId: org(GRANTOR),
    granteeId: org(GRANTEE),
    country: 'RS',
    amountMinor: 10_000_000,
    currency: 'EUR',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  }).id;
  call(coordinator, 'grants.setSchedule', { grantId, schedule: { kind: 'quarterly', count: 4, firstDueDate: '2026-01-15' } });
  call(coordinator, 'grants.transition', { id: grantId, to: 'approved' });
  call(coordinator, 'grants.transition', { id: grantId, to: 'active' });
  const tranche = one<{ id: number }>('SELECT id FROM tranches WHERE grant_id = ? AND seq = 1', grantId).id;
  const account = one<{ id: number }>('SELECT id FROM bank_accounts WHERE organisation_id = ? AND valid_to IS NULL ORDER BY id LIMIT 1', org(GRANTEE)).id;
  call(as('finance'), 'disbursements.record', { trancheId: tranche, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: account, bankReference: 'TRN-E2E-A01' });
});
afterAll(async () => {
  await app?.close();
});

describe('a payment awaiting its second approval, in Chromium', () => {
  it('is not counted as disbursed in the grant panel: its own status and sum, the tranche not released', async () => {
    await openGrant();
    expect(await panel.total('disbursed').textContent()).toBe('€0.00');
    expect(await panel.total('awaiting').textContent()).toBe('€25,000.00');
    expect(await panel.total('outstanding').textContent()).toBe('€100,000.00');
    expect(await panel.trancheRows.first().locator('td').nth(4).textContent()).toBe('Awaiting approval');
    expect(await panel.approvalStates.first().textContent()).toBe('Awaiting approval (recorded by Demo Finance Officer)');
    await app.screenshot('awaiting-approval-panel');
  });

  it('nor in Reconciliation', async () => {
    const rec = new ReconciliationPage(app.page);
    await rec.navLink.click();
    await rec.search.fill(REFERENCE);
    await expect.poll(() => rec.cellText(0, 'reference')).toBe(REFERENCE);
    expect(await rec.cellText(0, 'disbursed')).toBe('€0.00');
    expect(await rec.cellText(0, 'awaiting')).toBe('€25,000.00');
    expect(await rec.cellText(0, 'outstanding')).toBe('€100,000.00');
    await rec.cell(0, 'grantee').click();
    await expect.poll(() => rec.total('awaiting').textContent()).toBe('€25,000.00');
    expect(await rec.total('disbursed').textContent()).toBe('€0.00');
    await app.screenshot('awaiting-approval-reconciliation');
  });

  it('is listed under Awaiting my approval; approving it there makes it disbursed everywhere', async () => {
    // Its recorder finds it among their own, waiting for a colleague, not among theirs to approve.
    const recorder = as('finance').call('disbursements.awaitingApproval', {});
    if (!recorder.ok) throw new Error(recorder.error.message);
    const lists = recorder.value as { mine: { reference: string }[]; recordedByMe: { reference: string }[] };
    expect(lists.mine.map((r) => r.reference)).not.toContain(REFERENCE);
    expect(lists.recordedByMe.map((r) => r.reference)).toContain(REFERENCE);
    await app.page.getByTestId('nav-approvals').click();
    const mine = app.page.getByTestId('approvals-mine');
    await mine.waitFor();
    await expect.poll(() => mine.getByTestId('approval-row').count()).toBeGreaterThan(0);
    const row = mine.getByTestId('approval-row').filter({ hasText: REFERENCE });
    expect(await row.textContent()).toContain('€25,000.00');
    expect(await row.textContent()).toContain('Demo Finance Officer');
    await app.screenshot('awaiting-approval-list');
    await row.getByTestId('approvals-approve').click();
    await expect.poll(() => app.page.getByTestId('approvals-done').textContent()).toBe(`Approved: €25,000.00 on ${REFERENCE}. It now counts as disbursed.`);
    expect(await app.page.getByTestId('approval-row').filter({ hasText: REFERENCE }).count()).toBe(0);
    expect(one<{ s: string }>('SELECT status AS s FROM tranches WHERE grant_id = ? AND seq = 1', grantId).s).toBe('released');

    await openGrant();
    await expect.poll(() => panel.total('disbursed').textContent()).toBe('€25,000.00');
    expect(await panel.panel.getByTestId('total-awaiting').count()).toBe(0);
    expect(await panel.total('outstanding').textContent()).toBe('€75,000.00');
    expect(await panel.trancheRows.first().locator('td').nth(4).textContent()).toBe('Released');
    expect(await panel.approvalStates.first().textContent()).toBe('Approved by Demo Second Finance Officer on 2026-11-24');
  });
});
