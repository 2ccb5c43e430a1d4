import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../../core/demo/accounts';
import { startWebHost, type WebHost } from '../../../webhost/server';
import { makeTmpDir } from '../../support/tmp-dir';
import { TEST_NOW } from '../../support/demo-core';

let host: WebHost;
let port: number;
let session: string;
let tmp: ReturnType<typeof makeTmpDir>;

type Reply = { status: number; body: Buffer; headers: Record<string, string | string[] | undefined> };

function send(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, failed) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { 'content-type': 'application/json', 'x-tranche-token': host.token, ...(session ? { 'x-tranche-session': session } : {}), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
      },
    );
    req.on('error', failed);
    req.end(JSON.stringify(body));
  });
}
const json = (r: Reply) => JSON.parse(r.body.toString('utf8')) as { ok: boolean; value: { file: string; name: string; rows: number }; error: { code: string; issues?: { path: string }[] } };

beforeAll(async () => {
  tmp = makeTmpDir();
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<div id="root"></div>');
  host = await startWebHost({ dbPath: join(tmp.dir, 'db.sqlite'), rendererDir, whenNew: 'demo', fixedNow: TEST_NOW });
  port = Number(new URL(host.url).port);
  const admin = DEMO_ACCOUNTS.find((a) => a.username === 'admin')!;
  session = (json(await send('/api/auth.signIn', { username: admin.username, password: admin.password })).value as unknown as { session: string }).session;
}, 60_000);
afterAll(async () => {
  await host.close();
  tmp.cleanup();
});

describe('exports over the web host', () => {
  it('runs a grid export as a job and serves the file once, to the token holder', async () => {
    const view = { filterModel: { currency: { filterType: 'text', type: 'equals', filter: 'EUR' } } };
    const r = json(await send('/api/exports.grid', { grid: 'disbursements', format: 'csv', locale: 'mk', ...view }, { 'x-tranche-job': 'job-export-1' }));
    expect(r.ok).toBe(true);
    expect(r.value.name).toBe('tranche-disbursements-2026-11-24.csv');

    expect((await send(`/files/${r.value.file}`, {}, { 'x-tranche-token': 'wrong' })).status).toBe(401);
    const file = await send(`/files/${r.value.file}`, {});
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment');
    const records = parse(file.body, { bom: true, comment: '#', columns: true }) as Record<string, string>[];
    const db = new Database(host.dbPath, { readonly: true });
    const sql = db.prepare("SELECT COUNT(*) AS n, SUM(amount_minor) AS s FROM disbursements WHERE currency = 'EUR'").get() as { n: number; s: number };
    db.close();
    expect(records).toHaveLength(sql.n);
    expect(r.value.rows).toBe(sql.n);
    // Headers in the user's language (Macedonian), amounts as plain decimals.
    expect(Object.keys(records[0]!)).toContain('Износ');
    expect(records.reduce((s, x) => s + Math.round(Number(x['Износ']) * 100), 0)).toBe(sql.s);
    // Downloaded once: the file is gone afterwards.
    expect((await send(`/files/${r.value.file}`, {})).status).toBe(404);
  });

  it('writes the report as XLSX', async () => {
    const r = json(await send('/api/exports.report', { format: 'xlsx', selection: { years: ['2025'] }, currency: 'EUR' }, { 'x-tranche-job': 'job-export-2' }));
    expect(r.ok).toBe(true);
    const file = await send(`/files/${r.value.file}`, {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Report', 'By country and year', 'Totals', 'Pass-through grants']);
  });

  it('serves nothing but export files', async () => {
    for (const name of ['..%2Fdb.sqlite', 'db.sqlite', '00000000-0000-4000-8000-000000000000.xlsx', '00000000-0000-4000-8000-000000000000.sqlite']) {
      expect((await send(`/files/${name}`, {})).status, name).toBe(404);
    }
  });

  it('refuses a grid view the grid itself would refuse, naming the field', async () => {
    const r = await send('/api/exports.grid', { grid: 'audit', format: 'csv', sortModel: [{ colId: 'amount', sort: 'asc' }] }, { 'x-tranche-job': 'job-export-3' });
    expect(r.status).toBe(400);
    expect(json(r).error.issues?.[0]?.path).toMatch(/^sortModel/);
    const f = await send('/api/exports.report', { format: 'docx' }, { 'x-tranche-job': 'job-export-4' });
    expect(f.status).toBe(400);
    expect(json(f).error.issues?.[0]?.path).toBe('format');
  });
});
