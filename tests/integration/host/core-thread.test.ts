import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../core/api/errors';
import type { JobStatus } from '../../../core/api/jobs';
import { startCoreThread, type CoreClient } from '../../../core/host/core-client';
import { verifyAudit } from '../../../core/services/audit';
import { DEMO_ACCOUNTS } from '../../../core/demo/accounts';
import { asSession, demoCore, signInAs, TEST_NOW } from '../../support/demo-core';

let env: ReturnType<typeof demoCore>;
let client: CoreClient;

beforeEach(async () => {
  env = demoCore();
  client = await startCoreThread({ dbPath: env.dbPath, fixedNow: TEST_NOW });
});
afterEach(async () => {
  await client.close();
  env.cleanup();
});

const sqlite = () => env.raw.ctx.db.$client;
const count = (table: string) => (sqlite().prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

async function signIn(username: string): Promise<string> {
  const password = DEMO_ACCOUNTS.find((a) => a.username === username)!.password;
  const r = await client.call('auth.signIn', { username, password });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { session: string }).session;
}

async function status(jobId: string, session: string): Promise<JobStatus | null> {
  const r = await client.call('jobs.status', { jobId }, session);
  return r.ok ? (r.value as JobStatus) : null;
}

/** An active EUR 1,000,000 grant in one tranche, and many EUR 1.00 payments of it to import. */
function importRows(n: number) {
  const coordinator = asSession(env.raw, signInAs(env.raw, 'coordinator'));
  const org = (name: string) => (sqlite().prepare('SELECT id FROM organisations WHERE name = ?').get(name) as { id: number }).id;
  const grantee = org('Centar za zaštitu i podršku Oaza');
  const created = coordinator.call('grants.create', {
    reference: 'JOB-IMPORT-1',
    title: 'Hotline running costs',
    purpose: 'hotline',
    grantorId: org('OSCE Mission to Serbia'),
    granteeId: grantee,
    country: 'RS',
    amountMinor: 100_000_000,
    currency: 'EUR',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: number }).id;
  for (const [m, i] of [['grants.setSchedule', { grantId: id, schedule: { kind: 'quarterly', count: 1, firstDueDate: '2026-01-15' } }], ['grants.transition', { id, to: 'approved' }], ['grants.transition', { id, to: 'active' }]] as const) {
    const r = coordinator.call(m, i);
    if (!r.ok) throw new Error(r.error.message);
  }
  const trancheId = sqlite().prepare('SELECT id FROM tranches WHERE grant_id = ?').pluck().get(id) as number;
  const account = sqlite().prepare('SELECT id FROM bank_accounts WHERE organisation_id = ? AND valid_to IS NULL ORDER BY id LIMIT 1').pluck().get(grantee) as number;
  return Array.from({ length: n }, (_, k) => ({ trancheId, paidDate: '2026-01-20', amountMinor: 100, currency: 'EUR', bankAccountId: account, bankReference: `JOB-${k}` }));
}

const waitFor = async (check: () => Promise<boolean>, what: string, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the core in its own thread', () => {
  it('answers calls like the in-process core', async () => {
    const session = await signIn('auditor');
    const page = await client.call('grants.page', { startRow: 0, endRow: 5 }, session);
    expect(page).toEqual(env.core.call('grants.page', { startRow: 0, endRow: 5 }));
  });

  it('cancels a write job halfway: nothing of it is written and the audit log verifies', async () => {
    const rows = importRows(30_000);
    const before = { disbursements: count('disbursements'), audit: count('audit_entries') };
    const finance = await signIn('finance');
    const auditor = await signIn('auditor');
    const jobId = 'import-cancel-test';
    const call = client.call('disbursements.import', { rows }, finance, { jobId });
    await waitFor(async () => ((await status(jobId, finance))?.done ?? 0) >= 5_000, 'the import to be under way');

    // Meanwhile short calls are answered, and other writes are told to wait rather than blocking.
    const page = await client.call('grants.page', { startRow: 0, endRow: 50 }, auditor);
    expect(page.ok).toBe(true);
    const write = await client.call('fx.set', { base: 'EUR', quote: 'ALL', rateDate: '2026-11-24', rate: '97.35' }, finance);
    expect(write).toMatchObject({ ok: false, error: { code: 'busy', params: { method: 'disbursements.import' } } });
    // Nobody but its owner sees or stops the job.
    expect(await status(jobId, auditor)).toBeNull();
    expect(await client.call('jobs.cancel', { jobId }, auditor)).toEqual({ ok: true, value: { cancelled: false } });
    const running = await status(jobId, finance);
    expect(running).toMatchObject({ state: 'running', phase: 'rows', total: 30_000 });
    expect(running!.done).toBeLessThan(30_000);

    expect(await client.call('jobs.cancel', { jobId }, finance)).toEqual({ ok: true, value: { cancelled: true } });
    const result: Result = await call;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await status(jobId, finance)).toMatchObject({ state: 'cancelled' });
    expect({ disbursements: count('disbursements'), audit: count('audit_entries') }).toEqual(before);
    expect(verifyAudit(sqlite())).toMatchObject({ ok: true });
    // And writing works again.
    expect((await client.call('fx.set', { base: 'EUR', quote: 'ALL', rateDate: '2026-11-24', rate: '97.35' }, finance)).ok).toBe(true);
  });

  it('runs a whole write job to the end, with its progress, as one audited transaction', async () => {
    const rows = importRows(2_000);
    const finance = await signIn('finance');
    const before = count('disbursements');
    const r = await client.call('disbursements.import', { rows }, finance, { jobId: 'import-whole-test' });
    expect(r).toMatchObject({ ok: true, value: { imported: 2_000 } });
    expect(count('disbursements')).toBe(before + 2_000);
    expect(await status('import-whole-test', finance)).toMatchObject({ state: 'done', method: 'disbursements.import', phase: 'rows', total: 2_000 });
    expect(verifyAudit(sqlite())).toMatchObject({ ok: true });
  });

  it('verifies as a job, reporting the chain and the tables it checked', async () => {
    const auditor = await signIn('auditor');
    const r = await client.call('audit.verify', {}, auditor, { jobId: 'verify-test-1' });
    const head = env.core.call('audit.head', {});
    expect(r).toMatchObject({ ok: true, value: { ok: true, checkedState: true, count: (head as { value: { count: number } }).value.count } });
    expect(await status('verify-test-1', auditor)).toMatchObject({ state: 'done', method: 'audit.verify', label: 'verify', phase: 'state' });
    // A job id is checked, and one in use is refused.
    expect(await client.call('audit.verify', {}, auditor, { jobId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await client.call('audit.verify', {}, auditor, { jobId: 'verify-test-1' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('answers reads while a command waits for another program\'s lock, then says the database is busy', async () => {
    const finance = await signIn('finance');
    const auditor = await signIn('auditor');
    const other = new Database(env.dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      const write = client.call('fx.set', { base: 'EUR', quote: 'ALL', rateDate: '2026-11-24', rate: '97.35' }, finance);
      let writeDone = false;
      void write.then(() => (writeDone = true));
      // The read asked after the write is answered while the write still waits.
      const read = await client.call('grants.page', { startRow: 0, endRow: 50 }, auditor);
      expect(read.ok).toBe(true);
      expect(writeDone).toBe(false);
      expect(await write).toMatchObject({ ok: false, error: { code: 'busy' } });
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await client.call('fx.set', { base: 'EUR', quote: 'ALL', rateDate: '2026-11-24', rate: '97.35' }, finance)).ok).toBe(true);
  });
});
