import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { buildResources, resolveText, type CatalogueFiles } from '../../core/domain/catalogues';
import { formatMoneyIn } from '../../core/domain/locale-format';
import type { UiLocale } from '../../core/domain/locales';
import { asSession, signInAs } from '../support/demo-core';
import { FundingReportPage } from './pages/funding-report-page';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

// Expected words come from the catalogue files, amounts from reports.funding and the app's formatter.
const NS = ['reports', 'money'];
const files: CatalogueFiles = Object.fromEntries(
  readdirSync('resources/locales').map((folder) => [
    folder,
    Object.fromEntries(
      NS.filter((ns) => readdirSync(join('resources/locales', folder)).includes(`${ns}.json`)).map((ns) => [
        ns,
        JSON.parse(readFileSync(join('resources/locales', folder, `${ns}.json`), 'utf8')),
      ]),
    ),
  ]),
);
const resources = buildResources(files, NS);
const text = (locale: UiLocale, ns: string, key: string) => resolveText(resources, locale, ns, key)!;

type Line = { country: string; year: string; currency: string; committedMinor: number; disbursedMinor: number; receivedMinor: number; outstandingMinor: number };
const COLUMNS = [
  ['committed', 'committedMinor'],
  ['disbursed', 'disbursedMinor'],
  ['received', 'receivedMinor'],
  ['outstanding', 'outstandingMinor'],
] as const;

let app: E2eApp;
let core: Core;
let report: FundingReportPage;
let rows: Line[];

const call = <T>(name: string, input: unknown): T => {
  const r = core.call(name as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const focusedTestId = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** Serbia's RSD line of the year with the most paid out, as reports.funding has it. */
function serbianRsdYear(): Line {
  const rs = rows.filter((r) => r.country === 'RS' && r.currency === 'RSD');
  expect(rs.length).toBeGreaterThan(0);
  return rs.reduce((a, b) => (b.disbursedMinor > a.disbursedMinor ? b : a));
}

async function expectLine(locale: UiLocale, line: Line): Promise<void> {
  const row = report.line(line.country, line.year, line.currency);
  for (const [col, field] of COLUMNS) {
    await expect.poll(() => report.amount(row, col), { message: `${locale} ${col}` }).toBe(formatMoneyIn({ amountMinor: line[field], currency: line.currency }, locale));
  }
}

beforeAll(async () => {
  app = await startApp({ signInAs: 'auditor' });
  core = asSession(app.core, signInAs(app.core, 'auditor'));
  await new GrantsPage(app.page).waitForRows();
  report = new FundingReportPage(app.page);
  rows = call<{ rows: Line[] }>('reports.funding', {}).rows;
});
afterAll(async () => {
  await app?.close();
});

describe('the Funding report in Chromium', () => {
  it("shows Serbia's RSD line for a year exactly as reports.funding has it, and a subtotal per currency", async () => {
    await report.navLink.click();
    await report.table.waitFor();
    const line = serbianRsdYear();
    await expectLine('en', line);

    // Subtotals add years within one currency only: one per currency Serbia has, never one across them.
    const rsd = rows.filter((r) => r.country === 'RS' && r.currency === 'RSD');
    const subtotal = report.subtotal('RS', 'RSD');
    for (const [col, field] of COLUMNS) {
      const sum = rsd.reduce((s, r) => s + r[field], 0);
      expect(await report.amount(subtotal, col)).toBe(formatMoneyIn({ amountMinor: sum, currency: 'RSD' }, 'en'));
    }
    const serbianCurrencies = new Set(rows.filter((r) => r.country === 'RS').map((r) => r.currency));
    expect(await report.table.locator('[data-testid="funding-subtotal"][data-country="RS"]').count()).toBe(serbianCurrencies.size);
    expect(await report.lines.count()).toBe(rows.length);
    expect((await report.note.textContent())?.trim()).toBe(text('en', 'reports', 'funding.note'));
    // Amounts are right-aligned.
    expect(await report.line(line.country, line.year, line.currency).locator('[data-col="disbursed"]').evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
    await app.screenshot('funding-report');
  });

  it('filters one country from the select and reaches the table with Tab', async () => {
    await report.countryFilter.focus();
    await report.countryFilter.selectOption('RS');
    const serbian = rows.filter((r) => r.country === 'RS');
    await expect.poll(() => report.lines.count()).toBe(serbian.length);
    const countries = await report.lines.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-country')))]);
    expect(countries).toEqual(['RS']);
    await app.page.keyboard.press('Tab');
    await expect.poll(focusedTestId).toBe('funding-table');
    await report.countryFilter.selectOption('');
    await expect.poll(() => report.lines.count()).toBe(rows.length);
  });

  it('reads in Macedonian, amounts formatted for Macedonian', async () => {
    await app.page.getByTestId('language-select').selectOption('mk');
    await expect.poll(() => report.title.textContent()).toBe(text('mk', 'reports', 'funding.title'));
    await expect.poll(() => report.navLink.textContent()).toBe(text('mk', 'reports', 'funding.nav'));
    await expectLine('mk', serbianRsdYear());
    const group = report.table.locator('[data-testid="funding-group"][data-country="RS"] .funding-country th');
    expect((await group.textContent())?.trim()).toBe(text('mk', 'reports', 'country.RS'));
    await app.screenshot('funding-report-mk');
  });
});
