import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobCancelled } from '../../../core/api/jobs';
import { minorUnitsOf } from '../../../core/domain/currencies';
import { convertCross } from '../../../core/domain/fx';
import { exportToFile, type ExportRequest } from '../../../core/export/run-export';
import { demoCore, TEST_NOW } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';
import { addPassThroughGrant } from '../../support/pass-through';

const env = { locale: 'en' as const, now: new Date(TEST_NOW), today: TEST_NOW.slice(0, 10) };
const ALL = { countries: [], years: [], funderIds: [], granteeIds: [], purposes: [] };
const PASS = `EXISTS (SELECT 1 FROM grants up WHERE up.grantee_id = g.grantor_id AND up.id <> g.id AND up.status NOT IN ('draft', 'cancelled'))`;

let env0: ReturnType<typeof demoCore>;
let out: ReturnType<typeof makeTmpDir>;
let passId: number;
const sqlite = () => env0.raw.ctx.db.$client;
const minor = (v: unknown, currency: string) => Math.round(Number(v) * 10 ** minorUnitsOf(currency));

beforeAll(() => {
  env0 = demoCore();
  out = makeTmpDir();
  passId = addPassThroughGrant(sqlite(), TEST_NOW);
});
afterAll(() => {
  env0.cleanup();
  out.cleanup();
});

async function run(req: ExportRequest, name: string) {
  const path = join(out.dir, name);
  const r = await exportToFile(env0.raw.ctx.db, req, path, env);
  return { path, ...r };
}

async function sheetRows(path: string, sheet: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, v[i] ?? null])));
  });
  return rows;
}

/** SQL's sums per currency for grants in Albania and Serbia in 2025, pass-through grants left out. */
function sqlSums(where: string) {
  return sqlite()
    .prepare(
      `SELECT g.currency AS currency, SUM(y.committed_minor) AS committed, SUM(y.disbursed_minor) AS disbursed, SUM(y.received_minor) AS received
       FROM grant_year_totals y JOIN grants g ON g.id = y.grant_id
       WHERE g.status NOT IN ('draft', 'cancelled') AND NOT ${PASS} AND ${where} GROUP BY g.currency ORDER BY g.currency`,
    )
    .all() as { currency: string; committed: number; disbursed: number; received: number }[];
}

describe('funding report export', () => {
  it('writes XLSX whose lines and totals equal SQL sums for the selection, pass-through shown but not counted', async () => {
    const grant = sqlite().prepare('SELECT country FROM grants WHERE id = ?').get(passId) as { country: string };
    const selection = { ...ALL, countries: [grant.country, 'RS'], years: ['2025'] };
    const { path, rows } = await run({ kind: 'report', format: 'xlsx', selection }, 'report.xlsx');
    expect(rows).toBeGreaterThan(0);
    const expected = sqlSums(`g.country IN ('${grant.country}', 'RS') AND y.year = '2025'`);
    expect(expected.length).toBeGreaterThan(0);

    const lines = await sheetRows(path, 'By country and year');
    const byCurrency = new Map<string, { committed: number; disbursed: number; received: number }>();
    for (const l of lines) {
      expect([grant.country, 'RS']).toContain(l.Country);
      expect(l.Year).toBe('2025');
      if (l['Pass-through'] === true) continue;
      const c = String(l.Currency);
      const s = byCurrency.get(c) ?? { committed: 0, disbursed: 0, received: 0 };
      s.committed += minor(l.Committed, c);
      s.disbursed += minor(l.Disbursed, c);
      s.received += minor(l.Received, c);
      byCurrency.set(c, s);
    }
    expect([...byCurrency].map(([currency, s]) => ({ currency, ...s })).sort((a, b) => a.currency.localeCompare(b.currency))).toEqual(expected);

    const totals = await sheetRows(path, 'Totals');
    expect(totals.map((t) => ({ currency: t.Currency, committed: minor(t.Committed, String(t.Currency)), disbursed: minor(t.Disbursed, String(t.Currency)), received: minor(t.Received, String(t.Currency)) }))).toEqual(expected);

    // The pass-through grant: its own line is flagged, it is listed, and it is in no total.
    const flagged = lines.filter((l) => l['Pass-through'] === true);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ Committed: 3000, Disbursed: 1000, 'Overdue tranches': 1, 'Overdue amount': 2000 });
    expect((await sheetRows(path, 'Pass-through grants')).map((p) => p.Grant)).toEqual(['PT-TEST-1']);
  });

  it('states the selection and provenance on the cover and writes typed, formatted cells', async () => {
    const { path } = await run({ kind: 'report', format: 'xlsx', selection: { ...ALL, years: ['2025', '2026'] } }, 'cover.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Report', 'By country and year', 'Totals', 'Pass-through grants']);
    const cover = new Map<string, string>();
    wb.getWorksheet('Report')!.eachRow((r) => cover.set(String(r.getCell(1).value), String(r.getCell(2).value)));
    const head = sqlite().prepare('SELECT COUNT(*) AS n, (SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1) AS hash FROM audit_entries').get() as { n: number; hash: string };
    const dbId = (sqlite().prepare('SELECT hash FROM audit_entries ORDER BY seq LIMIT 1').get() as { hash: string }).hash;
    expect(cover.get('Years')).toBe('2025, 2026');
    expect(cover.get('Countries')).toBe('All');
    expect(cover.get('Audit log entries')).toBe(String(head.n));
    expect(cover.get('Audit log head hash')).toBe(head.hash);
    expect(cover.get('Database identity')).toBe(dbId);
    expect(dbId).toMatch(/^[0-9a-f]{64}$/);
    expect(cover.get('Exported at')).toBe(new Date(TEST_NOW).toISOString());

    const ws = wb.getWorksheet('By country and year')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const row = ws.getRow(2);
    const committed = row.getCell(6);
    expect(typeof committed.value).toBe('number');
    expect(committed.numFmt).toBe(minorUnitsOf(String(row.getCell(3).value)) === 0 ? '#,##0' : '#,##0.00');
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });

  it('converts every amount into a reporting currency at the rates of the stated date', async () => {
    const { path } = await run({ kind: 'report', format: 'xlsx', selection: { ...ALL, years: ['2025'] }, currency: 'EUR', rateDate: '2025-12-31' }, 'eur.xlsx');
    const lines = await sheetRows(path, 'By country and year');
    const rate = (c: string) =>
      c === 'EUR' ? '1' : (sqlite().prepare("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = ? AND rate_date <= '2025-12-31' ORDER BY rate_date DESC LIMIT 1").get(c) as { rate: string }).rate;
    const raw = sqlite()
      .prepare(`SELECT g.country AS country, g.currency AS currency, ${PASS} AS pass, SUM(y.committed_minor) AS committed FROM grant_year_totals y JOIN grants g ON g.id = y.grant_id
                WHERE g.status NOT IN ('draft', 'cancelled') AND y.year = '2025' GROUP BY 1, 2, 3`)
      .all() as { country: string; currency: string; pass: number; committed: number }[];
    for (const l of lines) {
      expect(l.Currency).toBe('EUR');
      const r = raw.find((x) => x.country === l.Country && x.currency === l['Grant currency'] && Boolean(x.pass) === l['Pass-through'])!;
      expect(minor(l.Committed, 'EUR')).toBe(convertCross(r.committed, minorUnitsOf(r.currency), rate(r.currency), '1', 2));
    }
    expect(new Set(lines.map((l) => l['Grant currency'])).size).toBeGreaterThan(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const texts: string[] = [];
    wb.getWorksheet('Report')!.eachRow((r) => texts.push(`${String(r.getCell(1).value)}|${String(r.getCell(2).value)}`));
    expect(texts).toContain('Exchange rates of|2025-12-31');
    expect(texts.some((t) => /\|RSD per 1 EUR: [\d.]+ \(2025-1\d-\d\d\)$/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes("EUR per 1 EUR"))).toBe(false);
  });

  it('writes the report lines as CSV with a BOM and a provenance line', async () => {
    const { path } = await run({ kind: 'report', format: 'csv', selection: { ...ALL, years: ['2026'] } }, 'report.csv');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^#tranche-provenance audit_entries=\d+ head_seq=\d+ head=[0-9a-f]{64} database=[0-9a-f]{64} exported_at=2026-11-24T12:00:00.000Z$/);
    const records = parse(bytes, { bom: true, comment: '#', columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    const sums = new Map<string, number>();
    for (const r of records) {
      expect(r.Committed).toMatch(/^-?\d+(\.\d+)?$/);
      if (r['Pass-through'] === 'false') sums.set(r.Currency!, (sums.get(r.Currency!) ?? 0) + minor(r.Committed, r.Currency!));
    }
    expect([...sums].map(([currency, committed]) => ({ currency, committed })).sort((a, b) => a.currency.localeCompare(b.currency))).toEqual(
      sqlSums(`y.year = '2026'`).map(({ currency, committed }) => ({ currency, committed })),
    );
  });
});

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

describe('the XLSX in LibreOffice', () => {
  it.skipIf(!hasSoffice)('opens in LibreOffice Calc headless, every sheet, with numbers that sum like SQL', { timeout: 120_000 }, async () => {
    const { path } = await run({ kind: 'report', format: 'xlsx', selection: { ...ALL, years: ['2025'] } }, 'lo.xlsx');
    const dir = join(out.dir, 'lo');
    mkdirSync(dir);
    // Filter options: comma, quote, UTF-8, ..., last field -1 = one CSV per sheet, raw values (not as shown).
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(out.dir, 'lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, path], { encoding: 'utf8', timeout: 110_000 });
    expect(r.status, r.stderr).toBe(0);
    const sheet = (name: string) => parse(readFileSync(join(dir, `lo-${name}.csv`)), { columns: true }) as Record<string, string>[];
    expect(sheet('Report').length).toBeGreaterThan(5);
    const sums = new Map<string, number>();
    for (const l of sheet('By country and year')) if (l['Pass-through'] === 'FALSE') sums.set(l.Currency!, (sums.get(l.Currency!) ?? 0) + minor(l.Committed, l.Currency!));
    expect([...sums].sort().map(([currency, committed]) => ({ currency, committed }))).toEqual(sqlSums(`y.year = '2025'`).map(({ currency, committed }) => ({ currency, committed })));
  });
});

describe('grid exports', () => {
  const view = { sortModel: [{ colId: 'amount', sort: 'desc' as const }], filterModel: { country: { filterType: 'text' as const, type: 'equals' as const, filter: 'AL' } }, search: '' };

  it('writes the Disbursements grid with its filter and sort to CSV; amounts sum to SQL', async () => {
    const { path, rows } = await run({ kind: 'grid', format: 'csv', grid: 'disbursements', view }, 'disb.csv');
    const records = parse(readFileSync(path), { bom: true, comment: '#', columns: true }) as Record<string, string>[];
    const expected = sqlite().prepare(`SELECT d.currency AS currency, SUM(d.amount_minor) AS total, COUNT(*) AS n FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE g.country = 'AL' GROUP BY 1 ORDER BY 1`).all() as { currency: string; total: number; n: number }[];
    expect(rows).toBe(expected.reduce((n, e) => n + e.n, 0));
    const sums = new Map<string, number>();
    for (const r of records) sums.set(r.Currency!, (sums.get(r.Currency!) ?? 0) + minor(r.Amount, r.Currency!));
    expect([...sums].sort().map(([currency, total]) => ({ currency, total }))).toEqual(expected.map(({ currency, total }) => ({ currency, total })));
    // Sorted as the grid was: amounts descending within each currency's digits.
    const amounts = records.filter((r) => r.Currency === expected[0]!.currency).map((r) => Number(r.Amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('writes every grid to XLSX with as many rows as the grid has', async () => {
    const counts: Record<string, string> = {
      grants: 'SELECT COUNT(*) AS n FROM grants',
      disbursements: 'SELECT COUNT(*) AS n FROM disbursements',
      reconciliation: 'SELECT COUNT(*) AS n FROM grants',
      audit: 'SELECT COUNT(*) AS n FROM audit_entries',
    };
    for (const grid of ['grants', 'disbursements', 'reconciliation', 'audit'] as const) {
      const { path, rows } = await run({ kind: 'grid', format: 'xlsx', grid, view: { sortModel: [], filterModel: {}, search: '' } }, `${grid}.xlsx`);
      const n = (sqlite().prepare(counts[grid]!).get() as { n: number }).n;
      expect(rows, grid).toBe(n);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      expect(wb.worksheets[1]!.rowCount, grid).toBe(n + 1);
    }
    const grants = await sheetRows(join(out.dir, 'grants.xlsx'), 'Grants');
    expect(grants[0]!.Start).toBeInstanceOf(Date);
    const sum = (sqlite().prepare("SELECT SUM(amount_minor) AS s FROM grants WHERE currency = 'EUR'").get() as { s: number }).s;
    expect(grants.filter((g) => g.Currency === 'EUR').reduce((s, g) => s + minor(g.Amount, 'EUR'), 0)).toBe(sum);
  });

  it('leaves no file behind when cancelled', async () => {
    const path = join(out.dir, 'cancelled.xlsx');
    const control = {
      progress: (done: number) => {
        if (done > 0) throw new JobCancelled();
      },
      cancelled: () => true,
    };
    await expect(exportToFile(env0.raw.ctx.db, { kind: 'grid', format: 'xlsx', grid: 'audit', view: { sortModel: [], filterModel: {}, search: '' } }, path, { ...env, control })).rejects.toThrow(JobCancelled);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.part`)).toBe(false);
  });
});
