import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCore } from '../../support/demo-core';

let env: ReturnType<typeof demoCore>;
beforeAll(() => {
  env = demoCore();
  env.core.close();
});
afterAll(() => env.cleanup());

const run = (...args: string[]) =>
  spawnSync(resolve('node_modules/.bin/tsx'), [resolve('cli/tranche.ts'), ...args], { encoding: 'utf8' });

describe('tranche verify', () => {
  it('exits 0 and names the head for an intact file', () => {
    const r = run('verify', env.dbPath);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^OK: \d+ audit entries, head [0-9a-f]{64}/);
  });

  it('exits 1 and names the first broken entry for a tampered file', () => {
    const attacker = new Database(env.dbPath);
    attacker.exec('DROP TRIGGER audit_entries_no_update');
    attacker.prepare("UPDATE audit_entries SET reason = 'nothing to see' WHERE seq = 42").run();
    attacker.close();
    const r = run('verify', env.dbPath, '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, chainBreak: { seq: 42, kind: 'edited' } });
  });

  it('exits 2 for a missing file or a bad command', () => {
    expect(run('verify', '/nonexistent/tranche.sqlite').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
  });
});

describe('tranche verify on a file under investigation', () => {
  let own: ReturnType<typeof demoCore>;
  beforeAll(() => {
    own = demoCore();
    own.core.close();
  });
  afterAll(() => own.cleanup());

  it('leaves no -wal or -shm file beside it and does not change a byte of it', () => {
    const before = readFileSync(own.dbPath);
    expect(existsSync(`${own.dbPath}-wal`)).toBe(false);
    const r = run('verify', own.dbPath);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(`${own.dbPath}-wal`)).toBe(false);
    expect(existsSync(`${own.dbPath}-shm`)).toBe(false);
    expect(readFileSync(own.dbPath).equals(before)).toBe(true);
  });

  it('checks a head held elsewhere with --checkpoint SEQ:HASH', () => {
    const ok = run('verify', own.dbPath, '--json');
    const { count, head } = JSON.parse(ok.stdout) as { count: number; head: string };
    expect(run('verify', own.dbPath, '--checkpoint', `${count}:${head}`).status).toBe(0);
    const later = run('verify', own.dbPath, '--checkpoint', `${count + 5}:${head}`);
    expect(later.status).toBe(1);
    expect(later.stdout).toMatch(/fewer than the/);
    expect(run('verify', own.dbPath, '--checkpoint', `${count}:${'0'.repeat(64)}`).status).toBe(1);
    expect(run('verify', own.dbPath, '--checkpoint', 'yesterday').status).toBe(2);
  });

  it('exits 1 ("broken"), not 2, when an audited table was dropped', () => {
    const attacker = new Database(own.dbPath);
    attacker.exec('DROP TABLE receipt_matches');
    attacker.close();
    const r = run('verify', own.dbPath, '--json');
    expect(r.status, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; stateMismatches: { table: string; kind: string }[] };
    expect(out.ok).toBe(false);
    expect(out.stateMismatches[0]).toMatchObject({ table: 'receipt_matches', kind: 'deleted_row' });
  });

  it('exits 1 when the audit log itself was dropped', () => {
    const attacker = new Database(own.dbPath);
    attacker.exec('DROP TABLE audit_entries');
    attacker.close();
    const r = run('verify', own.dbPath);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/audit_entries\) is missing/);
  });
});
