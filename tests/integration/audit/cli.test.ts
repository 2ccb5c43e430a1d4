import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
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
