import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { asSession, signInAs } from '../support/demo-core';
import { FxPage } from './pages/fx-page';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

const REFERENCE = 'E2E-RS-2026-W01';
const GRANTOR = 'OSCE Mission to Serbia';
const GRANTEE = 'Centar za zaštitu i podršku Oaza';
const CONDITION = 'Narrative report for Q1 approved';

let app: E2eApp;
let core: Core;
let grants: GrantsPage;
let panel: GrantPanel;
let tranches: number[];

const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const call = (method: string, input: unknown) => {
  const r = core.call(method as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number };
};
const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const row = (k: number) => panel.trancheRows.nth(k);
const status = (k: number) => row(k).locator('td').nth(4).textContent();
const actionForm = () => panel.panel.getByTestId('tranche-action-form');
const reasonField = () => panel.panel.getByTestId('tranche-action-reason');
const storedStatus = (id: number) => one<{ s: string }>('SELECT status AS s FROM tranches WHERE id = ?', id).s;

beforeAll(async () => {
  // The refused start date (400) shows in Chromium's console.
  app = await startApp({ signInAs: 'coordinator', allowConsoleErrors: [/status of 400/] });
  core = asSession(app.core, signInAs(app.core, 'coordinator'));
  grants = new GrantsPage(app.page);
  panel = new GrantPanel(app.page);
  // An active EUR 40,000.00 grant in four tranches; today (2026-11-24) the first is overdue, the
  // second due and the last two planned. The first has a release condition.
  const org = (name: string) => one<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name).id;
  const { id } = call('grants.create', {
    reference: REFERENCE,
    title: 'Hotline operators 2026-2027',
    purpose: one<{ purpose: string }>('SELECT purpose FROM grants ORDER BY id LIMIT 1').purpose,
    grantorId: org(GRANTOR),
    granteeId: org(GRANTEE),
    country: 'RS',
    amountMinor: 4_000_000,
    currency: 'EUR',
    startDate: '2026-01-01',
    endDate: '2027-12-31',
  });
  const instalments = ['2026-03-01', '2026-11-10', '2027-03-01', '2027-09-01'].map((dueDate) => ({ dueDate, amountMinor: 1_000_000 }));
  call('grants.setSchedule', { grantId: id, schedule: { kind: 'custom', instalments }, conditions: [CONDITION] });
  call('grants.transition', { id, to: 'approved' });
  call('grants.transition', { id, to: 'active' });
  tranches = (app.core.ctx.db.$client.prepare('SELECT id FROM tranches WHERE grant_id = ? ORDER BY seq').all(id) as { id: number }[]).map((t) => t.id);

  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

describe('tranche actions in Chromium', () => {
  it('offers withhold and cancel on tranches still to pay, and no resume', async () => {
    await app.page.getByTestId('grants-search').fill(REFERENCE);
    await expect.poll(() => grants.cell(0, 'reference').textContent()).toBe(REFERENCE);
    await grants.cell(0, 'grantee').click();
    await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
    await expect.poll(() => panel.trancheRows.count()).toBe(4);
    expect(await Promise.all([0, 1, 2, 3].map(status))).toEqual(['Overdue', 'Due', 'Planned', 'Planned']);
    expect(await panel.panel.getByTestId('tranche-withhold').count()).toBe(4);
    expect(await panel.panel.getByTestId('tranche-cancel').count()).toBe(4);
    expect(await panel.panel.getByTestId('tranche-resume').count()).toBe(0);
  });

  it('Escape closes the reason form and gives focus back to its button', async () => {
    await row(2).getByTestId('tranche-cancel').click();
    await actionForm().waitFor();
    await expect.poll(focused).toBe('tranche-action-reason');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => actionForm().count()).toBe(0);
    await expect.poll(focused).toBe('tranche-cancel');
    expect(storedStatus(tranches[2]!)).toBe('planned');
  });

  it('withholds the due tranche with a reason typed and sent with Enter', async () => {
    await row(1).getByTestId('tranche-withhold').click();
    await actionForm().waitFor();
    expect(await actionForm().locator('h4').textContent()).toBe('Withhold tranche 2');
    // Enter with no reason: refused at the field, nothing sent.
    await reasonField().press('Enter');
    await panel.panel.getByTestId('tranche-action-reason-error').waitFor();
    expect(await panel.panel.getByTestId('tranche-action-reason-error').textContent()).toBe('A reason is required.');
    expect(storedStatus(tranches[1]!)).toBe('planned');
    await app.screenshot('tranche-actions-reason-required');

    await reasonField().fill('Financial report for Q3 not received');
    await reasonField().press('Enter');
    await expect.poll(() => status(1)).toBe('Withheld');
    await expect.poll(() => actionForm().count()).toBe(0);
    expect(storedStatus(tranches[1]!)).toBe('withheld');
    expect(one<{ reason: string }>("SELECT reason FROM audit_entries WHERE table_name = 'tranches' AND record_id = ? ORDER BY seq DESC LIMIT 1", String(tranches[1]!)).reason).toBe(
      'Financial report for Q3 not received',
    );
    // A withheld tranche can be resumed or cancelled, not withheld again or paid.
    expect(await row(1).getByTestId('tranche-resume').count()).toBe(1);
    expect(await row(1).getByTestId('tranche-withhold').count()).toBe(0);
    expect(await row(1).getByTestId('record-disbursement').count()).toBe(0);
    const shot = await app.screenshot('tranche-actions-withheld');
    expect(shot).toMatch(/tranche-actions-withheld\.png$/);
  });

  it('resumes it: it shows as due again', async () => {
    await row(1).getByTestId('tranche-resume').click();
    await actionForm().waitFor();
    await reasonField().fill('Report arrived on 20 November');
    await panel.panel.getByTestId('tranche-action-save').click();
    await expect.poll(() => status(1)).toBe('Due');
    expect(storedStatus(tranches[1]!)).toBe('planned');
    expect(await row(1).getByTestId('tranche-withhold').count()).toBe(1);
    expect(await row(1).getByTestId('tranche-resume').count()).toBe(0);
  });

  it('marks the first tranche\'s condition met through the Condition-met form', async () => {
    await row(0).getByTestId('condition-open').click();
    await panel.panel.getByTestId('condition-form').waitFor();
    await panel.panel.getByTestId('condition-date').fill('2026-11-20');
    await panel.panel.getByTestId('condition-note').fill('Report approved by the programme officer');
    await panel.panel.getByTestId('condition-save').click();
    await expect.poll(() => row(0).textContent()).toContain('Condition met on 2026-11-20');
    expect(await row(0).getByTestId('condition-open').count()).toBe(0);
    expect(one<{ d: string; n: string }>('SELECT condition_met_date AS d, condition_note AS n FROM tranches WHERE id = ?', tranches[0]!)).toEqual({
      d: '2026-11-20',
      n: 'Report approved by the programme officer',
    });
    await app.screenshot('tranche-actions-condition-met');
  });

  it('amends the start date (refused at its field past the first tranche) and the grantee', async () => {
    const other = one<{ name: string }>('SELECT name FROM organisations WHERE name NOT IN (?, ?) ORDER BY id LIMIT 1', GRANTOR, GRANTEE).name;
    await panel.openAmend.click();
    await panel.panel.getByTestId('amend-form').waitFor();
    await panel.panel.getByTestId('amend-start').fill('2026-03-02');
    await panel.amendField('reason').fill('Agreement signed late');
    await panel.saveAmend.click();
    await panel.panel.getByTestId('amend-start-error').waitFor();
    expect(await panel.panel.getByTestId('amend-start-error').textContent()).toBe('Tranche 1 falls due on 2026-03-01, before this date.');
    await expect.poll(focused).toBe('amend-start');
    expect(one<{ s: string }>('SELECT start_date AS s FROM grants WHERE reference = ?', REFERENCE).s).toBe('2026-01-01');

    await panel.panel.getByTestId('amend-start').fill('');
    await panel.panel.getByTestId('amend-grantee').fill(other);
    await panel.amendField('reason').fill('Hotline taken over by a partner NGO');
    await panel.saveAmend.click();
    await expect.poll(() => panel.amendmentRows.count()).toBe(1);
    const text = (await panel.amendmentRows.first().textContent()) ?? '';
    expect(text).toContain('Grantee');
    expect(text).toContain(`${GRANTEE} → ${other}`);
    expect(text).toContain('Hotline taken over by a partner NGO');
    await expect.poll(() => panel.panel.locator('.detail-parties').textContent()).toContain(other);
    await app.screenshot('tranche-actions-grantee-amended');
  });

  it('sets one exchange rate through the Exchange rates screen', async () => {
    const fx = new FxPage(app.page);
    await fx.navLink.click();
    await expect.poll(() => fx.pairRows.count()).toBeGreaterThan(0);
    const form = app.page.getByTestId('fx-set-form');
    await form.getByTestId('fx-set-base').selectOption('EUR');
    await form.getByTestId('fx-set-quote').selectOption('MKD');
    await form.getByTestId('fx-set-date').fill('2026-11-24');
    await form.getByTestId('fx-set-rate').fill('61,5432');
    await form.getByTestId('fx-set-save').click();
    await app.page.getByTestId('fx-set-result').waitFor();
    expect(await app.page.getByTestId('fx-set-result').textContent()).toBe('Saved: 1 EUR = 61.5432 MKD on 2026-11-24.');
    // The rates shown are now EUR/MKD's, newest first: the one just set.
    await expect.poll(() => fx.rateRows.first().textContent()).toContain('2026-11-24');
    expect(await fx.rateRows.first().textContent()).toContain('61.5432');
    expect(await fx.rateRows.first().textContent()).toContain('entered by hand');
    expect(one<{ rate: string }>("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = 'MKD' AND rate_date = '2026-11-24'").rate).toBe('61.5432');
    await app.screenshot('tranche-actions-fx-set');
  });
});
