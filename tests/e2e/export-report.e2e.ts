import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir } from '../support/tmp-dir';
import { FundingReportPage } from './pages/funding-report-page';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

let app: E2eApp;
let tmp: ReturnType<typeof makeTmpDir>;

beforeAll(async () => {
  app = await startApp({ signInAs: 'auditor' });
  tmp = makeTmpDir();
  await new GrantsPage(app.page).waitForRows();
});
afterAll(async () => {
  await app?.close();
  tmp?.cleanup();
});

/** SQL's committed and disbursed per currency for one country, pass-through grants left out. */
function sqlTotals(dbPath: string, country: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT g.currency AS currency, SUM(y.committed_minor) AS committed, SUM(y.disbursed_minor) AS disbursed
         FROM grant_year_totals y JOIN grants g ON g.id = y.grant_id
         WHERE g.status NOT IN ('draft', 'cancelled') AND g.country = ?
           AND NOT EXISTS (SELECT 1 FROM grants up WHERE up.grantee_id = g.grantor_id AND up.id <> g.id AND up.status NOT IN ('draft', 'cancelled'))
         GROUP BY 1 ORDER BY 1`,
      )
      .all(country) as { currency: string; committed: number; disbursed: number }[];
  } finally {
    db.close();
  }
}

describe('exporting the funding report from the window', () => {
  it('downloads the selected country as XLSX whose totals equal SQL sums', async () => {
    const report = new FundingReportPage(app.page);
    await report.navLink.click();
    await report.table.waitFor();
    await report.countryFilter.selectOption('RS');
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('tranche-funding-report-2026-11-24.xlsx');
    const path = join(tmp.dir, download.suggestedFilename());
    await download.saveAs(path);
    await expect.poll(() => app.page.getByTestId('export-saved').textContent()).toContain('tranche-funding-report-2026-11-24.xlsx');
    await app.screenshot('funding-report-exported');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const cover = new Map<string, string>();
    wb.getWorksheet('Report')!.eachRow((r) => cover.set(String(r.getCell(1).value), String(r.getCell(2).value)));
    expect(cover.get('Countries')).toBe('RS');
    const totals: { currency: string; committed: number; disbursed: number }[] = [];
    wb.getWorksheet('Totals')!.eachRow((r, n) => {
      if (n > 1) totals.push({ currency: String(r.getCell(1).value), committed: Math.round(Number(r.getCell(2).value) * 100), disbursed: Math.round(Number(r.getCell(3).value) * 100) });
    });
    expect(totals).toEqual(sqlTotals(app.host.dbPath, 'RS'));
    expect(totals.length).toBeGreaterThan(0);
  });

  it('writes its texts in the language of the window (Albanian)', async () => {
    await app.page.getByTestId('language-select').selectOption('sq');
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-xlsx').click()]);
    const path = join(tmp.dir, 'sq.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Raporti', 'Sipas vendit dhe vitit', 'Totalet', 'Grante të ndërmjetme']);
    await app.screenshot('funding-report-exported-sq');
  });

  it('exports the Disbursements grid as shown, with its search, to CSV', async () => {
    await app.page.getByTestId('language-select').selectOption('en');
    await app.page.getByTestId('nav-disbursements').click();
    await app.page.getByTestId('disbursements-search').fill('MSB-BA');
    const db = new Database(app.host.dbPath, { readonly: true });
    const expected = db
      .prepare("SELECT COUNT(*) AS n, SUM(d.amount_minor) AS s FROM disbursements d JOIN grants g ON g.id = d.grant_id JOIN organisations o ON o.id = g.grantee_id WHERE g.reference LIKE '%MSB-BA%' OR o.name LIKE '%MSB-BA%' OR d.bank_reference LIKE '%MSB-BA%'")
      .get() as { n: number; s: number };
    db.close();
    expect(expected.n).toBeGreaterThan(0);
    await expect.poll(() => app.page.getByTestId('disbursements-count').textContent()).toMatch(new RegExp(`^${expected.n} `));
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-csv').click()]);
    const path = join(tmp.dir, 'disbursements.csv');
    await download.saveAs(path);
    const rows = parse(readFileSync(path), { bom: true, comment: '#', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(expected.n);
    expect(rows.every((r) => r.Grant!.includes('MSB-BA'))).toBe(true);
    await app.screenshot('disbursements-exported');
  });
});
