import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import type { GrantRow } from '../../core/services/grants';
import { asSession, signInAs } from '../support/demo-core';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

let app: E2eApp;
/** The test's own calls to the page's core, as the demo administrator the page is signed in as. */
let core: Core;
let grants: GrantsPage;

beforeAll(async () => {
  app = await startApp();
  core = asSession(app.core, signInAs(app.core, 'admin'));
  grants = new GrantsPage(app.page);
  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

function apiPage(input: Record<string, unknown>): { rows: GrantRow[]; lastRow: number } {
  const r = core.call('grants.page', { startRow: 0, endRow: 100, ...input });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { rows: GrantRow[]; lastRow: number };
}

describe('Grants screen in Chromium', () => {
  it('shows demo rows and the total count', async () => {
    const total = apiPage({}).lastRow;
    await expect.poll(() => app.page.getByTestId('grants-count').textContent()).toContain(String(total));
    expect((await grants.columnTexts('reference')).length).toBeGreaterThan(10);
    await expect.poll(() => app.page.getByTestId('demo-badge').isVisible()).toBe(true);
    await app.screenshot('grants-grid');
  });

  it('sorting by amount puts the largest grant first', async () => {
    const largest = apiPage({ sortModel: [{ colId: 'amount', sort: 'desc' }] }).rows[0]!;
    const before = (await grants.cell(0, 'reference').textContent())?.trim();
    expect(before).not.toBe(largest.reference);
    await grants.clickHeader('amount'); // ascending
    await grants.clickHeader('amount'); // descending
    await expect.poll(async () => (await grants.cell(0, 'reference').textContent())?.trim()).toBe(largest.reference);
    await app.screenshot('grants-sorted-by-amount');
    await grants.clickHeader('amount'); // back to unsorted
  });

  it('filtering by country shows only that country', async () => {
    const serbia = apiPage({ filterModel: { country: { filterType: 'text', type: 'contains', filter: 'Serbia' } } }).lastRow;
    await grants.floatingFilter('country').fill('Serbia');
    await expect.poll(() => app.page.getByTestId('grants-count').textContent()).toContain(String(serbia));
    const countries = await grants.columnTexts('country');
    expect(countries.length).toBeGreaterThan(0);
    expect(new Set(countries)).toEqual(new Set(['Serbia']));
    await app.screenshot('grants-filtered-serbia');
    await grants.floatingFilter('country').fill('');
    await expect.poll(() => app.page.getByTestId('grants-count').textContent()).toContain(String(apiPage({}).lastRow));
  });

  it('opening a grant shows its tranches', async () => {
    await grants.waitForRows();
    const reference = (await grants.cell(0, 'reference').textContent())!.trim();
    const id = apiPage({ search: reference }).rows.find((r) => r.reference === reference)!.id;
    const detail = core.call('grants.get', { id });
    if (!detail.ok) throw new Error(detail.error.message);
    const expected = (detail.value as { tranches: unknown[] }).tranches.length;
    await grants.cell(0, 'grantee').click();
    await grants.detail.waitFor();
    await expect.poll(() => grants.detail.textContent()).toContain(reference);
    await expect.poll(() => grants.detail.getByTestId('tranche-row').count()).toBe(expected);
    await app.screenshot('grant-detail');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => grants.detail.count()).toBe(0);
  });
});
