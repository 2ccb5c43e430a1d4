import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/api/define';
import { createCore } from '../../../core/create-core';
import { demoCore, signInAs, TEST_NOW } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';

let env: ReturnType<typeof demoCore>;
let dir: string;
let cleanupDir: () => void;
beforeAll(() => {
  env = demoCore();
  env.raw.close();
  const t = makeTmpDir();
  dir = t.dir;
  cleanupDir = t.cleanup;
});
afterAll(() => {
  env.cleanup();
  cleanupDir();
});

const run = (...args: string[]) => spawnSync(resolve('node_modules/.bin/tsx'), [resolve('cli/tranche.ts'), ...args], { encoding: 'utf8' });

/** A change made through Tranche, so the log grows past what a copy or checkpoint holds. */
function changeSomething(locale: string) {
  const core = createCore({ dbPath: env.dbPath, clock: fixedClock(TEST_NOW) });
  try {
    expect(core.call('app.setLocale', { locale }, signInAs(core, 'admin')).ok).toBe(true);
  } finally {
    core.close();
  }
}

describe('tranche backup, checkpoint, verify --checkpoint and restore on a real file', () => {
  const key = () => join(dir, 'keys', 'checkpoint.pem');

  it('backs up a file, verifies the copy and signs a checkpoint with a new key file', () => {
    const out = join(dir, 'backup-1.sqlite');
    const r = run('backup', env.dbPath, out, '--key', key());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^OK: .*backup-1\.sqlite \(\d+ bytes\): integrity ok, \d+ audit entries verified, head [0-9a-f]{64}/);
    expect(r.stderr).toMatch(/copy 100%/);
    expect(statSync(key()).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${env.dbPath}.checkpoints`, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(run('verify', out).status).toBe(0);
    const held = run('verify', env.dbPath, '--checkpoint', `${env.dbPath}.checkpoints`);
    expect(held.status, held.stdout).toBe(0);
    expect(held.stdout).toMatch(/and the checkpoints .* hold/);
  }, 60_000);

  it('reports an older copy of the file against a later signed checkpoint (exit 1)', () => {
    changeSomething('sq');
    const cp = run('checkpoint', env.dbPath, '--key', key());
    expect(cp.status, cp.stderr).toBe(0);
    const publicKey = /public key: ([A-Za-z0-9+/=]{40,})/.exec(cp.stdout)?.[1];
    expect(publicKey).toBeDefined();
    // The backup of the first test put back in place of the file: it verifies on its own...
    const older = join(dir, 'older.sqlite');
    copyFileSync(join(dir, 'backup-1.sqlite'), older);
    expect(run('verify', older).status).toBe(0);
    // ...but not against the checkpoints kept beside the real file, with the key the funder kept
    // (the copy predates the key, so it has none of its own to trust).
    const r = run('verify', older, '--checkpoint', `${env.dbPath}.checkpoints`, '--public-key', publicKey!, '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout), r.stdout).toMatchObject({ ok: false, checkpoint: { detail: expect.stringMatching(/checkpoint 1 of 2 .*fewer than/) } });
    expect(run('verify', older, '--checkpoint', `${env.dbPath}.checkpoints`).stdout).toMatch(/no key to trust/);
    expect(run('verify', env.dbPath, '--checkpoint', `${env.dbPath}.checkpoints`, '--public-key', publicKey!).status).toBe(0);
  }, 60_000);

  it('reports a checkpoint signed with another key (exit 1), and trusts only the key it is given', () => {
    const other = join(dir, 'keys', 'other.pem');
    const forged = join(dir, 'forged.checkpoints');
    const copy = join(dir, 'copy-for-forgery.sqlite');
    copyFileSync(env.dbPath, copy);
    // Signing a copy with another key cannot re-register it: the copy already names its key.
    const r = run('checkpoint', copy, '--key', other, '--out', forged);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/signs its checkpoints with another key/);
    // A checkpoint file made elsewhere with another key is refused by the file's recorded key.
    const fresh = demoCore();
    fresh.raw.close();
    try {
      expect(run('checkpoint', fresh.dbPath, '--key', other, '--out', forged).status).toBe(0);
      const v = run('verify', env.dbPath, '--checkpoint', forged);
      expect(v.status).toBe(1);
      expect(v.stdout).toMatch(/signed with another key|belongs to database/);
    } finally {
      fresh.cleanup();
    }
  }, 60_000);

  it('restores a verified backup, keeping the current file aside, and refuses what does not verify', () => {
    const r = run('restore', join(dir, 'backup-1.sqlite'), '--db', env.dbPath);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^OK: restored /);
    const aside = readdirSync(resolve(env.dbPath, '..')).filter((n) => n.includes('.before-restore-'));
    expect(aside.filter((n) => !n.endsWith('-wal') && !n.endsWith('-shm'))).toHaveLength(1);
    expect(run('verify', env.dbPath).status).toBe(0);
    const junk = join(dir, 'statement.csv');
    writeFileSync(junk, 'date;amount\n2026-01-01;100,00\n');
    const bad = run('restore', junk, '--db', env.dbPath);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/NOT RESTORED: .*does not verify/);
    expect(existsSync(env.dbPath)).toBe(true);
  }, 60_000);

  it('exits 2 with a usage line on bad arguments', () => {
    for (const args of [['backup', env.dbPath], ['backup', '/nonexistent.sqlite', join(dir, 'x.sqlite')], ['backup', env.dbPath, join(dir, 'backup-1.sqlite')], ['restore', 'x.sqlite'], ['checkpoint', env.dbPath], ['verify', env.dbPath, '--checkpoint', 'nonsense'], ['verify', env.dbPath, '--bogus']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
  }, 60_000);
});
