import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { formatIntegerIn } from '../../core/domain/locale-format';
import { asSession, signInAs } from '../support/demo-core';
import { GrantsPage } from './pages/grants-page';
import { ReconciliationPage } from './pages/reconciliation-page';
import { startApp, type E2eApp } from './support/app';

// The Reconciliation screen on the shared server-paged grid: search, Enter and Esc as on the others.
const en = JSON.parse(readFileSync('resources/locales/en/money.json', 'utf8')) as Record<string, string>;
const countText = (n: number) => en[n === 1 ? 'reconciliation.count_one' : 'reconciliation.count_other']!.replace('{{count}}', formatIntegerIn(n, 'en'));

type Page = { rows: { id: number; reference: string }[]; lastRow: number };

let app: E2eApp;
let core: Core;
let recon: ReconciliationPage;

const call = <T>(name: string, input: unknown): T => {
  const r = core.call(name as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const focusedTestId = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const focusInGrid = () => app.page.evaluate(() => document.activeElement?.closest('[data-testid="reconciliation-grid"]') != null);

beforeAll(async () => {
  app = await startApp({ signInAs: 'auditor' });
  core = asSession(app.core, signInAs(app.core, 'auditor'));
  await new GrantsPage(app.page).waitForRows();
  recon = new ReconciliationPage(app.page);
});
afterAll(async () => {
  await app?.close();
});

describe('the Reconciliation screen from the keyboard, in Chromium', () => {
  it('searches with /, opens the first grant with Enter and closes it with Esc', async () => {
    await recon.navLink.click();
    await expect.poll(() => recon.cellText(0, 'reference')).not.toBe('');
    const all = call<Page>('reconciliation.page', { startRow: 0, endRow: 1 });
    await expect.poll(() => recon.count.textContent()).toBe(countText(all.lastRow));

    await app.page.locator('#reconciliation-title').click();
    await app.page.keyboard.press('/');
    await expect.poll(focusedTestId).toBe('reconciliation-search');
    const reference = all.rows[0]!.reference;
    await app.page.keyboard.type(reference);
    const found = call<Page>('reconciliation.page', { startRow: 0, endRow: 20, search: reference });
    await expect.poll(() => recon.count.textContent()).toBe(countText(found.lastRow));
    await expect.poll(() => recon.cellText(0, 'reference')).toBe(found.rows[0]!.reference);

    await app.page.keyboard.press('ArrowDown'); // from the search into the first row
    await expect.poll(focusInGrid).toBe(true);
    await app.page.keyboard.press('Enter');
    await recon.detail.waitFor();
    await expect.poll(() => recon.detail.locator('.detail-ref').textContent()).toBe(found.rows[0]!.reference);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => recon.detail.count()).toBe(0);
    await expect.poll(focusInGrid).toBe(true);
  });
});
