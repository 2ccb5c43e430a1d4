import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../../cli/export';
import { demoCore } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';

let env: ReturnType<typeof demoCore>;
let out: ReturnType<typeof makeTmpDir>;
beforeAll(() => {
  env = demoCore();
  env.core.close();
  out = makeTmpDir();
});
afterAll(() => {
  env.cleanup();
  out.cleanup();
});

const run = (...args: string[]) => spawnSync(resolve('node_modules/.bin/tsx'), [resolve('cli/tranche.ts'), 'export', ...args], { encoding: 'utf8' });

function sql<T>(q: string): T {
  const db = new Database(env.dbPath, { readonly: true });
  try {
    return db.prepare(q).get() as T;
  } finally {
    db.close();
  }
}

describe('tranche export', () => {
  it('writes the report for a selection to XLSX, reports progress on stderr and leaves the database untouched', { timeout: 60_000 }, () => {
    const before = statSync(env.dbPath).mtimeMs;
    const audit = sql<{ n: number }>('SELECT COUNT(*) AS n FROM audit_entries').n;
    const file = join(out.dir, 'report.xlsx');
    const r = run('report', env.dbPath, '--out', file, '--country', 'AL', '--year', '2025', '--today', '2026-11-24');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/export: \d+ of \d+ rows/);
    expect(r.stdout).toMatch(/report\.xlsx: \d+ rows, \d+ bytes/);
    expect(statSync(env.dbPath).mtimeMs).toBe(before);
    expect(sql<{ n: number }>('SELECT COUNT(*) AS n FROM audit_entries').n).toBe(audit);
    return (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('Totals')!;
      const committed = new Map<string, number>();
      ws.eachRow((row, n) => n > 1 && committed.set(String(row.getCell(1).value), Math.round(Number(row.getCell(2).value) * 100)));
      const expected = sql<{ c: number }>(
        `SELECT SUM(y.committed_minor) AS c FROM grant_year_totals y JOIN grants g ON g.id = y.grant_id WHERE g.status NOT IN ('draft','cancelled') AND g.country = 'AL' AND y.year = '2025' AND g.currency = 'ALL'`,
      ).c;
      // ALL has two minor digits in ISO 4217 (CLDR shows none): the file keeps ISO's.
      expect(committed.get('ALL')).toBe(expected);
    })();
  });

  it('writes a grid with its sort and filter to CSV, format from the file name', { timeout: 60_000 }, () => {
    const file = join(out.dir, 'disb.csv');
    const r = run('grid', env.dbPath, '--grid', 'disbursements', '--out', file, '--equals', 'currency=EUR', '--sort', 'paidDate:asc', '--locale', 'sq');
    expect(r.status, r.stderr).toBe(0);
    const rows = parse(readFileSync(file), { bom: true, comment: '#', columns: true }) as Record<string, string>[];
    const expected = sql<{ n: number; s: number }>("SELECT COUNT(*) AS n, SUM(amount_minor) AS s FROM disbursements WHERE currency = 'EUR'");
    expect(rows).toHaveLength(expected.n);
    expect(rows.reduce((s, x) => s + Math.round(Number(x.Shuma) * 100), 0)).toBe(expected.s);
    const dates = rows.map((x) => x['Paguar më']!);
    expect(dates).toEqual([...dates].sort());
  });

  it('refuses bad arguments with a message naming the argument', () => {
    const file = join(out.dir, 'bad.xlsx');
    const cases: [string[], RegExp][] = [
      [['report', env.dbPath], /--out/],
      [['report', env.dbPath, '--out', file, '--year', '25'], /--year: expected a year/],
      [['report', env.dbPath, '--out', file, '--currency', 'XXY'], /--currency: not an ISO 4217/],
      [['report', env.dbPath, '--out', file, '--rate-date', '2025-01-01'], /--rate-date: only with --currency/],
      [['report', env.dbPath, '--out', join(out.dir, 'x.docx')], /--format/],
      [['report', env.dbPath, '--out', file, '--funder', 'abc'], /--funder abc/],
      [['report', env.dbPath, '--out', file, '--colour', 'red'], /colour/],
      [['grid', env.dbPath, '--out', file], /--grid/],
      [['grid', env.dbPath, '--out', file, '--grid', 'audit', '--sort', 'amount:asc'], /--sort/],
      [['grid', env.dbPath, '--out', file, '--grid', 'audit', '--equals', 'nope=1'], /--equals/],
      [['iati', env.dbPath, '--out', file, '--format', 'csv'], /--format: an IATI export is XML/],
      [['ledger', env.dbPath, '--out', file], /expected report, grid or iati/],
    ];
    for (const [args, message] of cases) expect(() => parseExportArgs(args), args.join(' ')).toThrow(message);
  });

  it('exits 2 on bad arguments or a missing file, writing nothing', () => {
    const file = join(out.dir, 'bad.xlsx');
    const bad = run('report', env.dbPath, '--out', file, '--year', '25');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^tranche export: --year: expected a year\nusage:/);
    const missing = run('report', join(out.dir, 'missing.sqlite'), '--out', file);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect(existsSync(file)).toBe(false);
  }, 60_000);
});

describe('tranche export iati', () => {
  it('writes a valid IATI file of the database', { timeout: 60_000 }, () => {
    const file = join(out.dir, 'iati.xml');
    const r = run('iati', env.dbPath, '--out', file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/iati\.xml: \d+ activities, \d+ bytes, valid IATI 2\.03/);
    expect(readFileSync(file, 'utf8')).toContain('<iati-activities version="2.03"');
  });
});
