import { join } from 'node:path';
import { fixedClock } from '../../core/api/define';
import { createCore, type Core } from '../../core/create-core';
import { DEMO_ACCOUNTS } from '../../core/demo/accounts';
import { makeTmpDir } from './tmp-dir';

/** The date every test runs on, so statuses computed from "today" never drift. */
export const TEST_NOW = '2026-11-24T12:00:00Z';

/** Signs a demo account in and returns its session token. */
export function signInAs(core: Pick<Core, 'call'>, username: string): string {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  const r = core.call('auth.signIn', { username, password: account.password });
  if (!r.ok) throw new Error(`sign-in as ${username} failed: ${r.error.message}`);
  return (r.value as { session: string }).session;
}

/** A core whose calls carry `session` unless a call names another one. */
export function asSession(core: Core, session: string): Core {
  return { ...core, call: (name, input, s) => core.call(name, input, s ?? session), callAsync: (name, input, s, o) => core.callAsync(name, input, s ?? session, o) };
}

/**
 * A core over a fresh database file in a temp folder. With demo data the calls are made as the
 * demo administrator (or `as`); an empty database has no accounts, so its calls carry no session.
 */
export function demoCore(whenNew: 'demo' | 'empty' = 'demo', as = 'admin'): { core: Core; raw: Core; dbPath: string; cleanup(): void } {
  const tmp = makeTmpDir();
  const dbPath = join(tmp.dir, 'tranche.sqlite');
  const raw = createCore({ dbPath, whenNew, clock: fixedClock(TEST_NOW) });
  const core = whenNew === 'demo' ? asSession(raw, signInAs(raw, as)) : raw;
  return {
    core,
    raw,
    dbPath,
    cleanup: () => {
      raw.close();
      tmp.cleanup();
    },
  };
}
