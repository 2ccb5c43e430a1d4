import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/api/define';
import { createCore } from '../../../core/create-core';
import { startCoreThread } from '../../../core/host/core-client';
import { backupsDirOf, checkDatabaseFile, restoreDatabase } from '../../../core/services/backup';
import { verifyAudit } from '../../../core/services/audit';
import { openDatabase } from '../../../db/open';
import { asSession, demoCore, signInAs, TEST_NOW } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function world() {
  const env = demoCore();
  cleanups.push(env.cleanup);
  return env;
}

type Created = { file: string; name: string; integrity: string; auditOk: boolean; auditEntries: number; head: string; pages: number; bytes: number };

/** Runs tests/support/writer-process.ts on `db` for `ms`; resolves with how many changes it made. */
function writeMeanwhile(db: string, ms: number): Promise<number> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve('tests/support/writer-process.ts'), db, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => (code === 0 ? done((JSON.parse(out.trim()) as { writes: number }).writes) : failed(new Error(`writer exited ${code}`))));
  });
}

describe('backups', () => {
  it('are taken while another process writes, verify, and restore to a file that verifies', async () => {
    const env = world();
    const writing = writeMeanwhile(env.dbPath, 6_000);
    // Let the writer get going, then back up in the middle of its writes.
    await new Promise((r) => setTimeout(r, 2_500));
    const r = await env.core.callAsync('backups.create', {});
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const made = (r as { value: Created }).value;
    const writes = await writing;
    expect(writes).toBeGreaterThan(10);
    expect(made).toMatchObject({ integrity: 'ok', auditOk: true });
    expect(made.file.startsWith(backupsDirOf(env.dbPath))).toBe(true);
    expect(made.name).toMatch(/^tranche-manual-\d{8}T\d{6}Z\.sqlite$/);
    // One self-contained file, and nothing half-written left beside it.
    expect(readdirSync(backupsDirOf(env.dbPath))).toEqual([made.name]);

    // The restore drill: the backup replaces the file, which is kept aside.
    env.raw.close();
    const restored = await restoreDatabase(made.file, env.dbPath, '2026-11-24T12:30:00.000Z');
    expect(restored.keptAside).toMatch(/tranche\.sqlite\.before-restore-20261124T123000Z$/);
    expect(existsSync(restored.keptAside!)).toBe(true);
    const back = openDatabase(env.dbPath);
    try {
      expect(back.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(verifyAudit(back.sqlite)).toMatchObject({ ok: true, count: made.auditEntries, head: made.head });
    } finally {
      back.close();
    }
    // cleanup() closes the core again: reopen it so that is harmless.
    env.raw.close = () => undefined;
  }, 60_000);

  it('are listed newest first, and only administrators set how many automatic ones are kept', async () => {
    const env = world();
    expect((await env.core.callAsync('backups.create', {})).ok).toBe(true);
    const list = env.core.call('backups.list', {});
    expect(list).toMatchObject({ ok: true, value: { kept: 10, backups: [{ automatic: false }] } });
    const finance = asSession(env.raw, signInAs(env.raw, 'finance'));
    expect(finance.call('backups.setKept', { kept: 3 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(env.core.call('backups.setKept', { kept: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'kept' }] } });
    expect(env.core.call('backups.setKept', { kept: 3 })).toEqual({ ok: true, value: { kept: 3 } });
    expect(env.core.call('backups.list', {})).toMatchObject({ ok: true, value: { kept: 3 } });
  });

  it('are not restored when they do not verify, and the current file stays', async () => {
    const env = world();
    const made = (((await env.core.callAsync('backups.create', {})) as { value: Created }).value);
    // Someone changes a payment in the backup with the triggers out of the way.
    const bad = new Database(made.file);
    bad.exec('DROP TRIGGER audit_disbursements_update; UPDATE disbursements SET amount_minor = amount_minor + 100 WHERE id = 1');
    bad.close();
    expect(await checkDatabaseFile(made.file)).toMatchObject({ integrity: 'ok', auditOk: false });
    env.raw.close();
    await expect(restoreDatabase(made.file, env.dbPath, '2026-11-24T12:30:00.000Z')).rejects.toThrow(/does not verify/);
    expect(readdirSync(join(env.dbPath, '..')).filter((n) => n.includes('before-restore'))).toEqual([]);
    const still = openDatabase(env.dbPath);
    try {
      expect(verifyAudit(still.sqlite)).toMatchObject({ ok: true });
    } finally {
      still.close();
    }
    env.raw.close = () => undefined;
  });

  it('refuse a file that is not a Tranche database', async () => {
    const t = makeTmpDir();
    cleanups.push(t.cleanup);
    const notDb = join(t.dir, 'statement.sqlite');
    writeFileSync(notDb, 'IBAN;amount\nRS35...;100,00\n');
    expect(await checkDatabaseFile(notDb)).toMatchObject({ auditOk: false, detail: 'not a readable SQLite database' });
    await expect(restoreDatabase(notDb, join(t.dir, 'tranche.sqlite'), TEST_NOW)).rejects.toThrow(/does not verify/);
  });

  it('are taken before a newer Tranche migrates an older file', () => {
    const t = makeTmpDir();
    cleanups.push(t.cleanup);
    // A file made by the previous release: every migration but the newest.
    const older = join(t.dir, 'migrations-before');
    cpSync(resolve('db/migrations'), older, { recursive: true });
    const journal = JSON.parse(readFileSync(join(older, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const newest = journal.entries.pop()!;
    writeFileSync(join(older, 'meta', '_journal.json'), JSON.stringify(journal));
    const dbPath = join(t.dir, 'tranche.sqlite');
    createCore({ dbPath, whenNew: 'demo', clock: fixedClock(TEST_NOW), migrationsFolder: older }).close();
    const core = createCore({ dbPath, clock: fixedClock(TEST_NOW) });
    core.close();
    const copies = readdirSync(join(t.dir, 'backups'));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(new RegExp(`^tranche-before-migration-${journal.entries.length}-to-${journal.entries.length + 1}-\\d+\\.sqlite$`));
    const copy = new Database(join(t.dir, 'backups', copies[0]!), { readonly: true });
    try {
      expect((copy.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(journal.entries.length);
      expect(newest.tag).not.toBe('');
    } finally {
      copy.close();
    }
  });

  it('are taken automatically by the core thread once a day, and only the newest N automatic ones are kept', async () => {
    const env = world();
    expect(env.core.call('backups.setKept', { kept: 1 }).ok).toBe(true);
    // Two automatic backups from long ago: the new one is due, and then they are pruned.
    const dir = backupsDirOf(env.dbPath);
    mkdirSync(dir, { recursive: true });
    for (const name of ['tranche-auto-20200101T000000Z.sqlite', 'tranche-auto-20200102T000000Z.sqlite']) {
      writeFileSync(join(dir, name), 'old');
      utimesSync(join(dir, name), new Date('2020-01-02T00:00:00Z'), new Date('2020-01-02T00:00:00Z'));
    }
    const client = await startCoreThread({ dbPath: env.dbPath, fixedNow: TEST_NOW, automaticBackups: { firstAfterMs: 0, everyMs: 60_000 } });
    try {
      const end = Date.now() + 30_000;
      while (!readdirSync(dir).some((n) => n.includes('-auto-2026') && !n.includes('.partial')) || readdirSync(dir).length > 1) {
        if (Date.now() > end) throw new Error('no automatic backup');
        await new Promise((r) => setTimeout(r, 100));
      }
      const [auto] = readdirSync(dir);
      expect(auto).toMatch(/^tranche-auto-\d{8}T\d{6}Z\.sqlite$/);
      expect(await checkDatabaseFile(join(dir, auto!))).toMatchObject({ integrity: 'ok', auditOk: true });
    } finally {
      await client.close();
    }
  }, 60_000);
});
