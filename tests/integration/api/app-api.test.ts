import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/create-core';
import { demoCore } from '../../support/demo-core';

let core: Core;
let cleanup: () => void;
beforeAll(() => {
  ({ core, cleanup } = demoCore());
});
afterAll(() => cleanup());

describe('app.info', () => {
  it('labels a new default database as demo data and counts it', () => {
    const r = core.call('app.info', {});
    expect(r).toMatchObject({ ok: true, value: { dataset: 'demo', today: '2026-11-24', locale: null } });
    if (r.ok) expect((r.value as { counts: { grants: number } }).counts.grants).toBeGreaterThan(100);
  });
});

describe('app.setLocale', () => {
  it('remembers the interface language', () => {
    expect(core.call('app.setLocale', { locale: 'sr-Cyrl' })).toEqual({ ok: true, value: { locale: 'sr-Cyrl' } });
    expect(core.call('app.info', {})).toMatchObject({ ok: true, value: { locale: 'sr-Cyrl' } });
  });

  it('is remembered per user', () => {
    const other = demoCore();
    try {
      expect(other.core.call('app.setLocale', { locale: 'sq' }).ok).toBe(true);
      const finance = other.core.call('auth.signIn', { username: 'finance', password: 'demo-finance-pass' });
      if (!finance.ok) throw new Error(finance.error.message);
      const session = (finance.value as { session: string }).session;
      expect(other.core.call('app.info', {}, session)).toMatchObject({ ok: true, value: { locale: null } });
      expect(other.core.call('app.info', {})).toMatchObject({ ok: true, value: { locale: 'sq' } });
    } finally {
      other.cleanup();
    }
  });

  it('refuses a language Tranche does not have, and keeps the earlier choice', () => {
    const r = core.call('app.setLocale', { locale: 'de' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.issues?.[0]?.path).toBe('locale');
    expect(core.call('app.info', {})).toMatchObject({ ok: true, value: { locale: 'sr-Cyrl' } });
  });
});

describe('a new empty database', () => {
  it('has reference data, no demo rows and no accounts, and asks for a first administrator', () => {
    const empty = demoCore('empty');
    try {
      expect(empty.core.call('auth.status', {})).toMatchObject({ ok: true, value: { needsSetup: true, dataset: 'empty', demoAccounts: [] } });
      expect(empty.core.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      const n = empty.core.ctx.db.$client.prepare("SELECT COUNT(*) AS n FROM currencies WHERE code IN ('EUR','ALL','BAM','RSD','MKD','USD')").get() as { n: number };
      expect(n.n).toBe(6);
      const grants = empty.core.ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM grants').get() as { n: number };
      expect(grants.n).toBe(0);
    } finally {
      empty.cleanup();
    }
  });
});
