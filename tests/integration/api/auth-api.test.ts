import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../core/services/audit';
import { asSession, demoCore, signInAs } from '../../support/demo-core';

let env: ReturnType<typeof demoCore>;
beforeEach(() => {
  env = demoCore();
});
afterEach(() => env.cleanup());

const sql = <T>(q: string, ...args: unknown[]) => env.raw.ctx.db.$client.prepare(q).get(...args) as T;

describe('signing in', () => {
  it('opens a session with the right password and returns the user without secrets', () => {
    const r = env.raw.call('auth.signIn', { username: 'finance', password: 'demo-finance-pass' });
    expect(r).toMatchObject({ ok: true, value: { user: { username: 'finance', role: 'finance_officer' } } });
    if (r.ok) {
      expect((r.value as { session: string }).session).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(r.value)).not.toContain('scrypt');
    }
  });

  it('gives the same answer for a wrong password and an unknown user', () => {
    const wrong = env.raw.call('auth.signIn', { username: 'finance', password: 'nope' });
    const unknown = env.raw.call('auth.signIn', { username: 'nobody', password: 'nope' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Wrong user name or password' } });
    expect(unknown).toEqual(wrong);
  });

  it('locks the account after five failures in a row, even against the right password, and logs it', () => {
    for (let i = 1; i <= 4; i++) {
      env.raw.call('auth.signIn', { username: 'auditor', password: `wrong-${i}` });
      expect(sql<{ n: number }>("SELECT failed_sign_ins AS n FROM users WHERE username = 'auditor'").n).toBe(i);
    }
    env.raw.call('auth.signIn', { username: 'auditor', password: 'wrong-5' });
    const locked = env.raw.call('auth.signIn', { username: 'auditor', password: 'demo-auditor-pass' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'locked', until: '2026-11-24T12:15:00.000Z' } } });
    // The failures are in the audit log too, attributed to nobody (no one was signed in).
    const logged = sql<{ n: number }>("SELECT COUNT(*) AS n FROM audit_entries WHERE table_name = 'users' AND action = 'update' AND user_id IS NULL");
    expect(logged.n).toBe(5);
    expect(verifyAudit(env.raw.ctx.db.$client).ok).toBe(true);
  });

  it('stores passwords only as scrypt hashes', () => {
    const rows = env.raw.ctx.db.$client.prepare('SELECT password_hash AS h FROM users').all() as { h: string }[];
    for (const r of rows) expect(r.h).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    const entries = env.raw.ctx.db.$client.prepare("SELECT after_json FROM audit_entries WHERE table_name = 'users'").all() as { after_json: string }[];
    for (const e of entries) expect(e.after_json).not.toContain('scrypt');
  });

  it('ends the session on sign-out', () => {
    expect(env.core.call('auth.signOut', {}).ok).toBe(true);
    expect(env.core.call('grants.page', { startRow: 0, endRow: 10 })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});

describe('roles', () => {
  it('refuse a funder-auditor creating an account, and log the refusal in the audit chain', () => {
    const auditor = asSession(env.raw, signInAs(env.raw, 'auditor'));
    const r = auditor.call('users.create', { username: 'mallory', displayName: 'M', password: 'long enough pass', role: 'administrator' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', params: { method: 'users.create', role: 'funder_auditor' } } });
    expect(sql<{ n: number }>("SELECT COUNT(*) AS n FROM users WHERE username = 'mallory'").n).toBe(0);
    const refusal = sql<{ method: string; role: string; user_id: number }>('SELECT method, role, user_id FROM access_refusals');
    expect(refusal).toMatchObject({ method: 'users.create', role: 'funder_auditor' });
    const entry = sql<{ user_id: number; reason: string }>("SELECT user_id, reason FROM audit_entries WHERE table_name = 'access_refusals'");
    expect(entry).toEqual({ user_id: refusal.user_id, reason: 'access refused' });
    expect(verifyAudit(env.raw.ctx.db.$client).ok).toBe(true);
  });

  it('let an administrator create an account that can then sign in', () => {
    const r = env.core.call('users.create', { username: 'besa.k', displayName: 'Besa K.', password: 'a long passphrase', role: 'coordinator' });
    expect(r).toMatchObject({ ok: true, value: { username: 'besa.k', role: 'coordinator' } });
    expect(env.raw.call('auth.signIn', { username: 'besa.k', password: 'a long passphrase' }).ok).toBe(true);
    expect(env.core.call('users.create', { username: 'besa.k', displayName: 'B', password: 'a long passphrase', role: 'coordinator' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'username' }] },
    });
  });

  it('answer without a session only for sign-in, setup and status', () => {
    for (const m of ['app.info', 'grants.page', 'audit.verify', 'users.list']) {
      expect(env.raw.call(m, {}), m).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
    expect(env.raw.call('auth.status', {})).toMatchObject({ ok: true, value: { needsSetup: false, dataset: 'demo' } });
  });

  it('refuse first-run setup once accounts exist', () => {
    expect(env.raw.call('auth.setup', { username: 'eve', displayName: 'Eve', password: 'long enough pass' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('enforce four-eyes in the database: nobody approves a disbursement they recorded', () => {
    const finance = sql<{ id: number }>("SELECT id FROM users WHERE username = 'finance'").id;
    expect(() => env.raw.ctx.db.$client.prepare('UPDATE disbursements SET recorded_by = ?, approved_by = ? WHERE id = 1').run(finance, finance)).toThrow(/CHECK constraint failed/);
  });
});

describe('account administration', () => {
  it('unlocks a locked account and disables one, ending its sessions', () => {
    for (let i = 0; i < 5; i++) env.raw.call('auth.signIn', { username: 'coordinator', password: 'wrong' });
    const id = sql<{ id: number }>("SELECT id FROM users WHERE username = 'coordinator'").id;
    expect(sql<{ l: string | null }>('SELECT locked_until AS l FROM users WHERE id = ?', id).l).not.toBeNull();
    expect(env.core.call('users.unlock', { id })).toMatchObject({ ok: true, value: { lockedUntil: null } });
    const session = signInAs(env.raw, 'coordinator');
    expect(env.raw.call('grants.page', { startRow: 0, endRow: 1 }, session).ok).toBe(true);
    expect(env.core.call('users.setDisabled', { id, disabled: true })).toMatchObject({ ok: true, value: { disabled: true } });
    expect(env.raw.call('grants.page', { startRow: 0, endRow: 1 }, session)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(env.raw.call('auth.signIn', { username: 'coordinator', password: 'demo-coord-pass' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps an administrator from disabling their own account', () => {
    const me = sql<{ id: number }>("SELECT id FROM users WHERE username = 'admin'").id;
    expect(env.core.call('users.setDisabled', { id: me, disabled: true })).toMatchObject({ ok: false, error: { code: 'conflict', params: { reason: 'self' } } });
  });
});
