// Export figures of `npm run bench`: the XLSX of N disbursement rows through the export engine
// (the Disbursements grid's query, ExcelJS's streaming writer) and the IATI file of the whole
// dataset, validated in-process. The raw peer reads the same rows with better-sqlite3 only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { exportIati } from '../../core/export/iati';
import { exportToFile } from '../../core/export/run-export';
import { openDatabase } from '../../db/open';
import type { Figure } from './figures';
import { SCALE_NOW } from './scale-data';

const round = (ms: number) => Math.round(ms * 100) / 100;
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

export async function exportXlsx(dbPath: string, rows: number): Promise<Figure> {
  const raw = new Database(dbPath, { readonly: true });
  // The first `rows` disbursements by number: a filter the grid itself offers (No. ≤ last).
  const last = (raw.prepare('SELECT id FROM disbursements ORDER BY id LIMIT 1 OFFSET ?').get(rows - 1) as { id: number } | undefined)?.id ?? Number.MAX_SAFE_INTEGER;
  let t0 = performance.now();
  raw.prepare('SELECT d.*, g.reference, o.name FROM disbursements d JOIN grants g ON g.id = d.grant_id JOIN organisations o ON o.id = g.grantee_id WHERE d.id <= ? ORDER BY d.id DESC').all(last);
  const rawMs = performance.now() - t0;
  raw.close();
  const dir = mkdtempSync(join(tmpdir(), 'tranche-bench-export-'));
  const opened = openDatabase(dbPath, { readonly: true });
  try {
    t0 = performance.now();
    const r = await exportToFile(
      opened.db,
      { kind: 'grid', format: 'xlsx', grid: 'disbursements', view: { sortModel: [], filterModel: { id: { filterType: 'number', type: 'lessThanOrEqual', filter: last } }, search: '' } },
      join(dir, 'disbursements.xlsx'),
      { locale: 'en', now: new Date(SCALE_NOW), today: SCALE_NOW.slice(0, 10) },
    );
    const ms = performance.now() - t0;
    return { figure: 'export_xlsx_disbursements', rows: r.rows, bytes: r.bytes, ms: round(ms), rawReadMs: round(rawMs), ratio: round(ms / rawMs), goal: '< 5000 ms for 100,000 rows', peakRssMiB: peakRssMiB() };
  } finally {
    opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function exportIatiFigure(dbPath: string): Promise<Figure> {
  const raw = new Database(dbPath, { readonly: true });
  let t0 = performance.now();
  raw.prepare('SELECT * FROM disbursements ORDER BY grant_id, paid_date, id').all();
  const rawMs = performance.now() - t0;
  const transactions = (raw.prepare('SELECT (SELECT COUNT(*) FROM disbursements) + (SELECT COUNT(*) FROM receipts) AS n').get() as { n: number }).n;
  raw.close();
  const dir = mkdtempSync(join(tmpdir(), 'tranche-bench-iati-'));
  const opened = openDatabase(dbPath, { readonly: true });
  try {
    t0 = performance.now();
    const r = await exportIati(opened.db, join(dir, 'iati.xml'), { now: new Date(SCALE_NOW) });
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(`IATI file invalid: ${r.errors.slice(0, 3).join('; ')}`);
    return { figure: 'export_iati', activities: r.activities, transactions, bytes: r.bytes, ms: round(ms), rawReadMs: round(rawMs), ratio: round(ms / rawMs), peakRssMiB: peakRssMiB() };
  } finally {
    opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
