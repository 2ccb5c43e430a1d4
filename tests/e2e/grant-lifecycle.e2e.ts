import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { asSession, signInAs } from '../support/demo-core';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

const REFERENCE = 'E2E-RS-2026-L01';
const GRANTOR = 'OSCE Mission to Serbia';
const GRANTEE = 'Centar za zaštitu i podršku Oaza';

let app: E2eApp;
let core: Core;
let grants: GrantsPage;
let panel: GrantPanel;
let grantId: number;

const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const call = (method: string, input: unknown) => {
  const r = core.call(method as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number };
};
const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const stored = () => one<{ status: string }>('SELECT status FROM grants WHERE id = ?', grantId).status;

beforeAll(async () => {
  app = await startApp({ signInAs: 'coordinator', allowConsoleErrors: [/status of 400/] });
  core = asSession(app.core, signInAs(app.core, 'coordinator'));
  grants = new GrantsPage(app.page);
  panel = new GrantPanel(app.page);
  // A draft EUR 100,000.00 hotline grant in four tranches, the first with a release condition.
  const org = (name: string) => one<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name).id;
  grantId = call('grants.create', {
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
  call('grants.setSchedule', { grantId, schedule: { kind: 'quarterly', count: 4, firstDueDate: '2026-01-15' }, conditions: ['Narrative report approved'] });
  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

describe('grant lifecycle in Chromium: no one-key trap', () => {
  it('after Approve the focus is on Activate; after Activate it is on the new status, not on Close or Suspend', async () => {
    await app.page.getByTestId('grants-search').fill(REFERENCE);
    await expect.poll(() => grants.cell(0, 'reference').textContent()).toBe(REFERENCE);
    await grants.cell(0, 'grantee').click();
    await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
    await panel.transition('approved').click();
    await panel.transition('active').waitFor();
    await expect.poll(focused).toBe('transition-active');
    await app.page.keyboard.press('Enter');
    await panel.transition('closed').waitFor();
    await expect.poll(focused).toBe('lifecycle-now');
    expect(await panel.panel.getByTestId('lifecycle-now').textContent()).toBe('The grant is now Active.');
    // The Enter a user presses next closes nothing.
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    expect(stored()).toBe('active');
    expect(await panel.panel.getByTestId('transition-reason').count()).toBe(0);
    await app.screenshot('lifecycle-active-focus');
  });

  it('Close grant asks for a reason and says in words what stays unpaid; no reason, no close', async () => {
    await panel.transition('closed').click();
    await panel.panel.getByTestId('transition-reason').waitFor();
    await expect.poll(focused).toBe('transition-reason');
    expect(await panel.panel.getByTestId('transition-reason-hint').textContent()).toBe(
      'Closing ends the grant for good: €100,000.00 stays unpaid and no further payment can be recorded. Receipts for money already paid can still be recorded.',
    );
    await app.page.keyboard.press('Enter');
    await panel.panel.getByTestId('transition-reason-error').waitFor();
    expect(await panel.panel.getByTestId('transition-reason-error').textContent()).toBe('A reason is required.');
    expect(stored()).toBe('active');
    await app.screenshot('lifecycle-close-confirm');
    // The core refuses a close without a reason too, whatever the screen does.
    const r = core.call('grants.transition', { id: grantId, to: 'closed' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'reason' }] } });
    expect(stored()).toBe('active');
  });

  it('closes with a reason kept in the audit entry; a closed grant offers Record receipt but no Condition met', async () => {
    await panel.panel.getByTestId('transition-reason').fill('Hotline taken over by the ministry');
    await panel.panel.getByTestId('transition-confirm').click();
    await expect.poll(stored).toBe('closed');
    expect(one<{ reason: string }>("SELECT reason FROM audit_entries WHERE table_name = 'grants' AND record_id = ? ORDER BY seq DESC LIMIT 1", String(grantId)).reason).toBe(
      'Hotline taken over by the ministry',
    );
    await expect.poll(() => panel.panel.getByTestId('lifecycle-final').count()).toBe(1);
    expect(await panel.panel.getByTestId('condition-open').count()).toBe(0);
    expect(await panel.recordReceipt.count()).toBe(1);
    expect(await panel.recordDisbursement.count()).toBe(0);
    const tranche = one<{ id: number }>('SELECT id FROM tranches WHERE grant_id = ? AND seq = 1', grantId).id;
    expect(core.call('tranches.conditionMet', { trancheId: tranche, metDate: '2026-11-20' })).toMatchObject({ ok: false, error: { code: 'conflict', params: { grantStatus: 'closed' } } });
    await app.screenshot('lifecycle-closed');
  });
});
