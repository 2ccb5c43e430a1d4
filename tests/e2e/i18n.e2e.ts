import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { buildResources, resolveText, type CatalogueFiles } from '../../core/domain/catalogues';
import { formatLongDate, formatMoneyIn } from '../../core/domain/locale-format';
import type { UiLocale } from '../../core/domain/locales';
import { money } from '../../core/domain/money';
import type { GrantRow } from '../../core/services/grants';
import { asSession, signInAs } from '../support/demo-core';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

// Expected texts come from the catalogue files and the same formatter the app uses, so a
// translation can change without this test, but a missing or unapplied one cannot.
const files: CatalogueFiles = Object.fromEntries(
  readdirSync('resources/locales').map((folder) => [
    folder,
    Object.fromEntries(['app', 'grants', 'grid'].map((ns) => [ns, JSON.parse(readFileSync(join('resources/locales', folder, `${ns}.json`), 'utf8'))])),
  ]),
);
const resources = buildResources(files, ['app', 'grants', 'grid']);
const text = (locale: UiLocale, ns: string, key: string) => resolveText(resources, locale, ns, key)!;

const COLUMNS = ['reference', 'grantor', 'country', 'amount', 'amountEur', 'disbursed', 'status', 'startDate'];

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

function firstRow(): GrantRow {
  const r = core.call('grants.page', { startRow: 0, endRow: 1 });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { rows: GrantRow[] }).rows[0]!;
}

async function expectLocale(locale: UiLocale): Promise<void> {
  const select = app.page.getByTestId('language-select');
  await expect.poll(() => select.inputValue()).toBe(locale);
  await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe(locale);
  for (const col of COLUMNS) {
    await expect.poll(() => grants.headerText(col), { message: `${locale} ${col}` }).toBe(text(locale, 'grants', `grants.column.${col}`).replace('{{currency}}', 'EUR'));
  }
  await grants.waitForRows();
  const row = firstRow();
  await expect.poll(async () => (await grants.cell(0, 'amount').textContent())?.trim()).toBe(formatMoneyIn(money(row.amountMinor, row.currency), locale));
  if (row.amountReportingMinor !== null) {
    expect((await grants.cell(0, 'amountEur').textContent())?.trim()).toBe(formatMoneyIn(money(row.amountReportingMinor, row.reportingCurrency), locale));
  }
  const today = core.call('app.info', {});
  if (!today.ok) throw new Error(today.error.message);
  const date = formatLongDate((today.value as { today: string }).today, locale);
  expect(await app.page.locator('.header-today').textContent()).toBe(text(locale, 'app', 'app.today').replace('{{date}}', date));
}

describe('the interface in other languages, in Chromium', () => {
  it('starts in the system language (English here) with nothing stored', async () => {
    await expectLocale('en');
  });

  it.each(['sq', 'sr-Cyrl', 'mk'] as const)('switches to %s: headers, amounts and the date', async (locale) => {
    const select = app.page.getByTestId('language-select');
    await select.focus(); // a plain <select>: reachable and operable from the keyboard
    await select.selectOption(locale);
    await expectLocale(locale);
    await app.screenshot(`i18n-${locale}`);
  });

  it("translates ag-grid's own filter texts too", async () => {
    const filter = app.page.locator('.ag-filter');
    await app.page.locator('.ag-floating-filter[col-id="country"] .ag-floating-filter-button button').click();
    await filter.waitFor();
    await expect.poll(() => filter.locator('input').first().getAttribute('placeholder')).toBe(text('mk', 'grid', 'grid.filterOoo'));
    await expect.poll(() => filter.textContent()).toContain(text('mk', 'grid', 'grid.contains'));
    await app.screenshot('i18n-mk-filter-menu');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => filter.count()).toBe(0);
  });

  it('refuses an amount filter that is ambiguous in the language, and says why', async () => {
    await app.page.getByTestId('language-select').selectOption('sq');
    await expectLocale('sq');
    await grants.floatingFilter('amount').fill('1.234'); // in sq "." is not the decimal separator
    const message = app.page.getByTestId('amount-filter-error');
    await expect.poll(() => message.textContent()).toContain('„1.234“');
    await app.screenshot('i18n-sq-amount-filter');
    await grants.floatingFilter('amount').fill('');
    await expect.poll(() => message.count()).toBe(0);
  });

  it('remembers the choice: after a reload the language stays', async () => {
    await app.page.getByTestId('language-select').selectOption('mk');
    await expectLocale('mk');
    await app.page.reload();
    await grants.waitForRows();
    await expectLocale('mk');
    const stored = core.call('app.info', {});
    expect(stored.ok && (stored.value as { locale: string }).locale).toBe('mk');
  });

  it('shows a grant in the language too', async () => {
    await grants.cell(0, 'grantee').click();
    await grants.detail.waitFor();
    await expect.poll(() => grants.detail.textContent()).toContain(text('mk', 'grants', 'tranches.title'));
    expect(await grants.detail.textContent()).toContain(text('mk', 'grants', 'detail.totals.outstanding'));
    await app.screenshot('i18n-mk-detail');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => grants.detail.count()).toBe(0);
  });
});
