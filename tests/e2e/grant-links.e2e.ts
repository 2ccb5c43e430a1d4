import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { grantHref, routeHref } from '../../renderer/src/app/routes';
import { asSession, signInAs } from '../support/demo-core';
import { DisbursementsPage } from './pages/disbursements-page';
import { GrantsPage } from './pages/grants-page';
import { ReconciliationPage } from './pages/reconciliation-page';
import { startApp, type E2eApp } from './support/app';

type PaymentRow = { id: number; grantId: number; reference: string; paidDate: string };
type GrantRow = { id: number; reference: string };

let app: E2eApp;
let core: Core;
let grants: GrantsPage;
let payments: DisbursementsPage;

const call = <T>(name: string, input: unknown): T => {
  const r = core.call(name as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const hash = () => app.page.evaluate(() => window.location.hash);
const focusIn = (testId: string) => app.page.evaluate((id) => document.activeElement?.closest(`[data-testid="${id}"]`) != null, testId);
// As the browser's Back and Forward buttons do (Playwright's goBack waits for a load a hash change never fires).
const back = () => app.page.evaluate(() => window.history.back());
const forward = () => app.page.evaluate(() => window.history.forward());
/** Whether the Grants grid shows row `index` selected (a row is split across the pinned and centre containers). */
const rowSelected = (index: number) =>
  app.page.evaluate(
    (i) => [...document.querySelectorAll(`[data-testid="grants-grid"] .ag-row[row-index="${i}"]`)].some((r) => r.classList.contains('ag-row-selected')),
    index,
  );
/** The references of the rows the Grants grid shows selected. */
const selectedReferences = () =>
  app.page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="grants-grid"] .ag-row-selected [col-id="reference"]')].map((c) => (c.textContent ?? '').trim()),
  );
const referenceShown = async () => ((await grants.detailReference.textContent()) ?? '').trim();

beforeAll(async () => {
  app = await startApp();
  core = asSession(app.core, signInAs(app.core, 'admin'));
  grants = new GrantsPage(app.page);
  payments = new DisbursementsPage(app.page);
  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

describe('links to a grant in Chromium', () => {
  it('follow "Open grant" from a payment to its grant, which a reload keeps open and Back leaves', async () => {
    await payments.navLink.click();
    await payments.waitForRows();
    // The grid's first row, newest payment first, as the API gives it.
    const payment = call<{ rows: PaymentRow[] }>('disbursements.page', { startRow: 0, endRow: 1, sortModel: [{ colId: 'paidDate', sort: 'desc' }] }).rows[0]!;
    const { grant } = call<{ grant: { id: number; reference: string } }>('grants.get', { id: payment.grantId });
    expect(grant.reference).toBe(payment.reference);
    expect(await payments.cellText(0, 'reference')).toBe(payment.reference);

    await payments.cell(0, 'grantee').click();
    await payments.detail.waitFor();
    expect(await payments.openGrant.getAttribute('href')).toBe(grantHref(payment.grantId));
    await app.screenshot('disbursement-open-grant');
    // From the keyboard: the link takes focus and Enter follows it.
    await payments.openGrant.focus();
    await app.page.keyboard.press('Enter');

    await grants.detail.waitFor();
    await expect.poll(referenceShown).toBe(grant.reference);
    expect(await hash()).toBe(grantHref(payment.grantId));
    expect(await app.page.getByTestId('nav-grants').getAttribute('aria-current')).toBe('page');
    expect(await payments.detail.count()).toBe(0);
    // Opened by its address, the panel has focus, so the keyboard carries on there.
    await expect.poll(() => focusIn('grant-detail')).toBe(true);
    await grants.waitForRows();
    // The grant's row shows selected once its block is loaded.
    await expect.poll(() => selectedReferences()).toEqual([grant.reference]);
    await app.screenshot('grant-link');

    await app.page.reload();
    await grants.detail.waitFor();
    await expect.poll(referenceShown).toBe(grant.reference);
    expect(await hash()).toBe(grantHref(payment.grantId));

    await back();
    await expect.poll(() => grants.detail.count()).toBe(0);
    expect(await hash()).toBe(routeHref('disbursements'));
    await payments.waitForRows();

    await forward();
    await grants.detail.waitFor();
    await expect.poll(referenceShown).toBe(grant.reference);
  });

  it('closing the panel goes back to #grants; a grant opened from the grid gets its address, and Back closes it', async () => {
    await grants.detail.waitFor();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => grants.detail.count()).toBe(0);
    expect(await hash()).toBe(routeHref('grants'));

    await grants.waitForRows();
    const reference = (await grants.cell(1, 'reference').textContent())!.trim();
    const row = call<{ rows: GrantRow[] }>('grants.page', { startRow: 0, endRow: 100, search: reference }).rows.find((r) => r.reference === reference)!;
    await grants.cell(1, 'grantee').click();
    await grants.detail.waitFor();
    await expect.poll(referenceShown).toBe(reference);
    expect(await hash()).toBe(grantHref(row.id));
    await expect.poll(() => rowSelected(1)).toBe(true);

    await back();
    await expect.poll(() => grants.detail.count()).toBe(0);
    expect(await hash()).toBe(routeHref('grants'));
    await expect.poll(() => rowSelected(1)).toBe(false);
  });

  it('a malformed grant address shows the plain Grants screen', async () => {
    await app.page.evaluate(() => {
      window.location.hash = '#grants/not-a-grant';
    });
    await grants.waitForRows();
    await expect.poll(hash).toBe('#grants/not-a-grant');
    expect(await grants.detail.count()).toBe(0);
    expect(await app.page.getByTestId('nav-grants').getAttribute('aria-current')).toBe('page');
  });

  it('the Reconciliation panel links to its grant too', async () => {
    const reconciliation = new ReconciliationPage(app.page);
    await reconciliation.navLink.click();
    await reconciliation.cell(0, 'reference').waitFor();
    await expect.poll(() => reconciliation.cellText(0, 'reference')).not.toBe('');
    const reference = await reconciliation.cellText(0, 'reference');
    const id = call<{ rows: GrantRow[] }>('grants.page', { startRow: 0, endRow: 100, search: reference }).rows.find((r) => r.reference === reference)!.id;
    await reconciliation.cell(0, 'reference').click();
    await reconciliation.openGrant.waitFor();
    expect(await reconciliation.openGrant.getAttribute('href')).toBe(grantHref(id));
    await app.screenshot('reconciliation-open-grant');
    await reconciliation.openGrant.click();
    await grants.detail.waitFor();
    await expect.poll(referenceShown).toBe(reference);
    expect(await hash()).toBe(grantHref(id));
  });
});
