// The measured operations of `npm run bench`, each run in its own process (tests/bench/figure.ts)
// so that its peak memory is its own. Every figure is measured through the core and, on the same
// data in the same run, with raw better-sqlite3 doing the same work: the ratio is Tranche's cost.
import { copyFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { fixedClock } from '../../core/api/define';
import { createCore, type Core } from '../../core/create-core';
import { verifyChain } from '../../core/services/audit';
import { verifyAuditFile, verifyChainParallel } from '../../core/services/audit-verify-parallel';
import { FUNDING_REPORT_SQL } from '../../db/queries/funding-report';
import { disbursementsPageSql, type DisbursementsPageQuery } from '../../db/queries/disbursements-grid';
import { auditPageSql, type AuditPageQuery } from '../../db/queries/audit-grid';
import { grantsPageSql, type GrantsPageQuery } from '../../db/queries/grants';
import type { GridPageQuery } from '../../db/queries/grid-sql';
import { reconciliationPageSql } from '../../db/queries/reconciliation-grid';
import { createRng } from '../../core/demo/random';
import { DEMO_ACCOUNTS } from '../../core/demo/accounts';
import { launchChromium } from '../e2e/support/chromium';
import { SignInPage } from '../e2e/pages/sign-in-page';
import { readFileSync } from 'node:fs';
import { signInAs } from '../support/demo-core';
import { SCALE_NOW } from './scale-data';
import { startBundledHost } from './bundled-host';

export type Figure = Record<string, unknown> & { figure: string };
const dialect = new SQLiteSyncDialect();
export const round = (ms: number) => Math.round(ms * 100) / 100;
const rssMiB = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

export function quantiles(samples: number[]): { p50: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]!) };
}

function ok<T>(r: ReturnType<Core['call']>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.message}`);
  return r.value as T;
}

function openCore(dbPath: string): Core {
  return createCore({ dbPath, whenNew: 'demo', clock: fixedClock(SCALE_NOW) });
}

/** A raw connection for the peer: no Tranche functions, so no audit triggers may fire. */
function rawPeer(dbPath: string, readonly = true): Database.Database {
  const db = new Database(dbPath, { readonly });
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  return db;
}

/** Bulk write: `rows` disbursements through disbursements.import vs the same rows inserted raw. */
export function bulkWrite(workDir: string, rows: number): Figure {
  const perGrant = 100;
  const grants = Math.ceil(rows / perGrant);
  const corePath = join(workDir, 'bulk-core.sqlite');
  const rawPath = join(workDir, 'bulk-raw.sqlite');
  const rawAuditPath = join(workDir, 'bulk-raw-audit.sqlite');
  for (const p of [corePath, rawPath, rawAuditPath]) for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
  const core = openCore(corePath);
  const coordinator = signInAs(core, 'coordinator');
  const finance = signInAs(core, 'finance');
  const sqlite = core.ctx.db.$client;
  const one = <T>(q: string, ...a: unknown[]) => sqlite.prepare(q).get(...a) as T;
  const grantor = one<{ id: number }>("SELECT id FROM organisations WHERE name = 'OSCE Mission to Serbia'").id;
  const grantee = one<{ id: number }>("SELECT id FROM organisations WHERE kind = 'ngo' AND country = 'RS' ORDER BY id LIMIT 1").id;
  const account = one<{ id: number }>('SELECT id FROM bank_accounts WHERE organisation_id = ? AND valid_to IS NULL ORDER BY id LIMIT 1', grantee).id;
  // Set-up (not timed): grants of 100 monthly tranches from 2018, active, nothing paid yet.
  const tranches: { id: number; dueDate: string; amountMinor: number }[] = [];
  for (let k = 0; k < grants; k++) {
    const { id } = ok<{ id: number }>(
      core.call('grants.create', { reference: `BULK-${k}`, title: 'Bulk import benchmark', purpose: 'shelter', grantorId: grantor, granteeId: grantee, country: 'RS', amountMinor: perGrant * 1_000_000, currency: 'EUR', startDate: '2018-01-01', endDate: '2026-12-31' }, coordinator),
      'grants.create',
    );
    ok(core.call('grants.setSchedule', { grantId: id, schedule: { kind: 'monthly', count: perGrant, firstDueDate: '2018-01-15' } }, coordinator), 'setSchedule');
    ok(core.call('grants.transition', { id, to: 'approved' }, coordinator), 'approve');
    ok(core.call('grants.transition', { id, to: 'active' }, coordinator), 'activate');
    tranches.push(...(sqlite.prepare('SELECT id, due_date AS dueDate, amount_minor AS amountMinor FROM tranches WHERE grant_id = ? ORDER BY seq').all(id) as typeof tranches));
  }
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(corePath, rawPath);
  copyFileSync(corePath, rawAuditPath);
  const input = tranches.slice(0, rows).map((t, k) => ({ trancheId: t.id, paidDate: t.dueDate, amountMinor: t.amountMinor, currency: 'EUR', bankAccountId: account, bankReference: `PAY-${k}` }));
  const auditBefore = one<{ n: number }>('SELECT COUNT(*) AS n FROM audit_entries').n;

  // Through the core: the API call with its validation, rules, FX, tranche release and audit chain.
  const chunk = 10_000;
  let t0 = performance.now();
  for (let k = 0; k < input.length; k += chunk) ok(core.call('disbursements.import', { rows: input.slice(k, k + chunk) }, finance), 'disbursements.import');
  const coreMs = performance.now() - t0;
  const written = sqlite.prepare('SELECT * FROM disbursements WHERE bank_reference LIKE ? ORDER BY id').raw().all('PAY-%') as unknown[][];
  const auditWritten = one<{ n: number }>('SELECT COUNT(*) AS n FROM audit_entries').n - auditBefore;
  const entries = sqlite.prepare('SELECT * FROM audit_entries WHERE seq > ? ORDER BY seq').raw().all(auditBefore) as unknown[][];
  const entryCols = (sqlite.pragma('table_info(audit_entries)') as { name: string }[]).map((c) => c.name);
  const released = sqlite.prepare("SELECT id FROM tranches WHERE status = 'released'").pluck().all() as number[];
  core.close();

  // Raw peer: the same rows into the same table and indexes, prepared statement, one transaction.
  const raw = rawPeer(rawPath, false);
  const cols = (raw.pragma('table_info(disbursements)') as { name: string }[]).map((c) => c.name);
  for (const { name } of raw.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'disbursements'").all() as { name: string }[]) raw.exec(`DROP TRIGGER ${name}`);
  const insert = raw.prepare(`INSERT INTO disbursements (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  t0 = performance.now();
  raw.transaction(() => {
    for (const r of written) insert.run(...r);
  })();
  const rawMs = performance.now() - t0;
  raw.close();

  // Second peer: everything Tranche stores for the same import (the rows, the released tranches,
  // the audit entries with their images and hashes), written raw: the store's floor for this work.
  const rawAudit = rawPeer(rawAuditPath, false);
  for (const { name } of rawAudit.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]) rawAudit.exec(`DROP TRIGGER ${name}`);
  const insertD = rawAudit.prepare(`INSERT INTO disbursements (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  const release = rawAudit.prepare("UPDATE tranches SET status = 'released' WHERE id = ?");
  const insertA = rawAudit.prepare(`INSERT INTO audit_entries (${entryCols.join(', ')}) VALUES (${entryCols.map(() => '?').join(', ')})`);
  t0 = performance.now();
  rawAudit.transaction(() => {
    for (const r of written) insertD.run(...r);
    for (const id of released) release.run(id);
    for (const e of entries) insertA.run(...e);
  })();
  const rawAuditMs = performance.now() - t0;
  rawAudit.close();
  return {
    figure: 'bulk_write_disbursements',
    rows: written.length,
    ms: Math.round(coreMs),
    rawMs: Math.round(rawMs),
    ratio: round(coreMs / rawMs),
    goal: 'ratio <= 3',
    auditEntriesWritten: auditWritten,
    rawWithAuditRowsMs: Math.round(rawAuditMs),
    ratioToRawWithAuditRows: round(coreMs / rawAuditMs),
    rssMiB: rssMiB(),
    peakRssMiB: peakRssMiB(),
  };
}

/** p50/p95 of `pages` grid pages at random deep offsets, through the API and as raw SQL. */
function gridPages<Q extends { startRow: number; endRow: number }>(
  name: string,
  dbPath: string,
  pages: number,
  method: string,
  base: Omit<Q, 'startRow' | 'endRow'>,
  toSql: (q: Q) => { page: SQL; count: SQL },
): Figure {
  const core = openCore(dbPath);
  const session = signInAs(core, 'auditor');
  const first = ok<{ lastRow: number }>(core.call(method, { ...base, startRow: 0, endRow: 100 }, session), method);
  const rng = createRng(7);
  // Deep: the second half of the filtered rows.
  const offsets = Array.from({ length: pages }, () => Math.max(0, rng.int(Math.floor(first.lastRow / 2), Math.max(Math.floor(first.lastRow / 2), first.lastRow - 100))));
  const apiMs: number[] = [];
  for (const startRow of offsets) {
    const t0 = performance.now();
    const r = ok<{ rows: unknown[] }>(core.call(method, { ...base, startRow, endRow: startRow + 100 }, session), method);
    apiMs.push(performance.now() - t0);
    if (r.rows.length === 0) throw new Error(`${method} returned no rows at ${startRow}`);
  }
  const dbFile = core.dbPath;
  core.close();
  const raw = rawPeer(dbFile);
  const rawMs: number[] = [];
  for (const startRow of offsets) {
    const { page, count } = toSql({ ...base, startRow, endRow: startRow + 100 } as Q);
    const p = dialect.sqlToQuery(page);
    const c = dialect.sqlToQuery(count);
    const t0 = performance.now();
    raw.prepare(p.sql).all(...p.params);
    raw.prepare(c.sql).get(...c.params);
    rawMs.push(performance.now() - t0);
  }
  raw.close();
  const a = quantiles(apiMs);
  const r = quantiles(rawMs);
  return { figure: name, matchingRows: first.lastRow, pages, p50Ms: a.p50, p95Ms: a.p95, maxMs: a.max, rawP50Ms: r.p50, rawP95Ms: r.p95, ratioP95: round(a.p95 / r.p95), goal: 'p95 < 30 ms', rssMiB: rssMiB(), peakRssMiB: peakRssMiB() };
}

export function gridDisbursements(dbPath: string, pages: number): Figure {
  const base = { sortModel: [{ colId: 'amount', sort: 'desc' as const }], filterModel: { country: { filterType: 'text' as const, type: 'equals' as const, filter: 'RS' }, currency: { filterType: 'text' as const, type: 'equals' as const, filter: 'EUR' } }, search: '' };
  return gridPages<DisbursementsPageQuery>('grid_page_disbursements', dbPath, pages, 'disbursements.page', base, disbursementsPageSql);
}

export function gridAudit(dbPath: string, pages: number): Figure {
  const base = { sortModel: [{ colId: 'seq', sort: 'desc' as const }], filterModel: { tableName: { filterType: 'text' as const, type: 'equals' as const, filter: 'disbursements' } }, search: '' };
  return gridPages<AuditPageQuery>('grid_page_audit', dbPath, pages, 'audit.page', base, auditPageSql);
}

export function gridGrants(dbPath: string, pages: number): Figure {
  const base = { sortModel: [{ colId: 'disbursed', sort: 'desc' as const }], filterModel: {}, search: '', reportingCurrency: 'EUR' };
  return gridPages<GrantsPageQuery & { reportingCurrency: string }>('grid_page_grants', dbPath, pages, 'grants.page', base, grantsPageSql);
}

export function gridReconciliation(dbPath: string, pages: number): Figure {
  const base = { sortModel: [{ colId: 'outstanding', sort: 'desc' as const }], filterModel: {}, search: '' };
  return gridPages<GridPageQuery>('grid_page_reconciliation', dbPath, pages, 'reconciliation.page', base, (q) => reconciliationPageSql(q, SCALE_NOW.slice(0, 10), 30));
}

export function fundingReport(dbPath: string, runs: number): Figure {
  const core = openCore(dbPath);
  const session = signInAs(core, 'auditor');
  const apiMs: number[] = [];
  let rows = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    rows = ok<{ rows: unknown[] }>(core.call('reports.funding', {}, session), 'reports.funding').rows.length;
    apiMs.push(performance.now() - t0);
  }
  core.close();
  const raw = rawPeer(dbPath);
  const q = dialect.sqlToQuery(FUNDING_REPORT_SQL);
  const rawMs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    raw.prepare(q.sql).all(...q.params);
    rawMs.push(performance.now() - t0);
  }
  raw.close();
  const a = quantiles(apiMs);
  const r = quantiles(rawMs);
  return { figure: 'funding_report', reportRows: rows, runs, p50Ms: a.p50, maxMs: a.max, rawP50Ms: r.p50, ratio: round(a.p50 / r.p50), goal: '< 300 ms', rssMiB: rssMiB(), peakRssMiB: peakRssMiB() };
}

export async function auditVerify(dbPath: string): Promise<Figure> {
  let t0 = performance.now();
  const p = await verifyChainParallel(dbPath);
  const parallelMs = performance.now() - t0;
  if (!p.ok) throw new Error(`the chain does not verify: ${JSON.stringify(p)}`);
  const db = new Database(dbPath, { readonly: true });
  t0 = performance.now();
  const one = verifyChain(db);
  const oneThreadMs = performance.now() - t0;
  if (!one.ok || one.head !== p.head) throw new Error('one-thread and parallel verification disagree');
  // Raw peer: reading every entry's canonical form and hashes, with no hashing or checking at all.
  t0 = performance.now();
  let n = 0;
  for (const r of db.prepare('SELECT seq, prev_hash, hash, json_array(at, user_id, action, table_name, record_id, before_json, after_json, reason) FROM audit_entries ORDER BY seq').raw().iterate()) if (r) n++;
  const rawMs = performance.now() - t0;
  db.close();
  // Also the whole verification as `tranche verify` runs it (chain on worker threads, then every
  // audited row against its last entry) and as the app's Verify button runs it (one thread).
  t0 = performance.now();
  const full = await verifyAuditFile(dbPath);
  const fullMs = performance.now() - t0;
  if (!full.ok) throw new Error('the full verification failed');
  const core = openCore(dbPath);
  const session = signInAs(core, 'auditor');
  t0 = performance.now();
  ok(await core.callAsync('audit.verify', {}, session), 'audit.verify');
  const inAppMs = performance.now() - t0;
  core.close();
  return {
    figure: 'audit_verify_chain',
    entries: p.count,
    ms: Math.round(parallelMs),
    oneThreadMs: Math.round(oneThreadMs),
    rawReadMs: Math.round(rawMs),
    ratio: round(parallelMs / rawMs),
    rowsRead: n,
    goal: '< 3000 ms',
    withStateCliMs: Math.round(fullMs),
    withStateInAppMs: Math.round(inAppMs),
    rssMiB: rssMiB(),
    peakRssMiB: peakRssMiB(),
  };
}

/** From starting the web host process to the first grid rows in Chromium, signed in through the form. */
export async function coldStart(dbPath: string): Promise<Figure> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const t0 = performance.now();
    // The bundled web host (scripts/build-webhost.mjs), started as a user's machine would: no TypeScript compiling.
    const { child, url: listening } = startBundledHost(dbPath);
    try {
      const url = await listening;
      const listeningMs = performance.now() - t0;
      await page.goto(url);
      const account = DEMO_ACCOUNTS.find((a) => a.username === 'auditor')!;
      const form = new SignInPage(page);
      await form.username.fill(account.username);
      await form.password.fill(account.password);
      const signInAt = performance.now();
      await form.submit.click();
      await page
        .locator('.ag-row [col-id="reference"]')
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(async (e: unknown) => {
          await page.screenshot({ path: resolve('test-results', 'bench-cold-start-failed.png') });
          throw e;
        });
      const totalMs = performance.now() - t0;
      const afterSignInMs = performance.now() - signInAt;
      // The web host's own peak memory (the core runs in it), from Linux's process status.
      const hostPeakMiB = Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
      // Raw peer: open the file and read the first page of grants with raw SQL.
      const r0 = performance.now();
      const raw = rawPeer(dbPath);
      raw.prepare('SELECT * FROM grants ORDER BY id DESC LIMIT 100').all();
      raw.close();
      const rawMs = performance.now() - r0;
      return { figure: 'cold_start_web_host', ms: Math.round(totalMs), listeningMs: Math.round(listeningMs), signInToRowsMs: Math.round(afterSignInMs), rawOpenAndFirstPageMs: round(rawMs), goal: '< 1500 ms', note: 'bundled web host; form filled by script; Chromium started beforehand', hostPeakRssMiB: hostPeakMiB };
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    await browser.close();
  }
}
