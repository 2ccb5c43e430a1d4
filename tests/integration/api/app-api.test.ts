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

  it('refuses a language Tranche does not have, and keeps the earlier choice', () => {
    const r = core.call('app.setLocale', { locale: 'de' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.issues?.[0]?.path).toBe('locale');
    expect(core.call('app.info', {})).toMatchObject({ ok: true, value: { locale: 'sr-Cyrl' } });
  });
});

describe('a new empty database', () => {
  it('has reference data but no demo rows', () => {
    const empty = demoCore('empty');
    try {
      const r = empty.core.call('app.info', {});
      expect(r).toMatchObject({ ok: true, value: { dataset: 'empty', counts: { grants: 0, organisations: 0 } } });
      const n = empty.core.ctx.db.$client.prepare("SELECT COUNT(*) AS n FROM currencies WHERE code IN ('EUR','ALL','BAM','RSD','MKD','USD')").get() as { n: number };
      expect(n.n).toBe(6);
    } finally {
      empty.cleanup();
    }
  });
});
