import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/create-core';
import type { Result } from '../../../core/api/errors';
import { demoCore } from '../../support/demo-core';

let core: Core;
let cleanup: () => void;
beforeAll(() => {
  ({ core, cleanup } = demoCore());
});
afterAll(() => cleanup());

function ok<T>(r: Result): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

describe('audit API', () => {
  it('reports the head hash and count that verification confirms', async () => {
    const head = ok<{ count: number; head: string }>(core.call('audit.head', {}));
    const v = ok<{ ok: boolean; count: number; head: string }>(await core.callAsync('audit.verify', {}));
    expect(v).toMatchObject({ ok: true, count: head.count, head: head.head });
  });

  it('pages entries newest first and filters by table', () => {
    const p = ok<{ rows: { seq: number; tableName: string }[]; lastRow: number }>(
      core.call('audit.page', { startRow: 0, endRow: 50, filterModel: { tableName: { filterType: 'text', type: 'equals', filter: 'grants' } } }),
    );
    expect(p.rows).toHaveLength(50);
    expect(p.rows.every((r) => r.tableName === 'grants')).toBe(true);
    expect(p.rows.map((r) => r.seq)).toEqual([...p.rows.map((r) => r.seq)].sort((a, b) => b - a));
    const grants = core.ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM grants').get() as { n: number };
    expect(p.lastRow).toBe(grants.n);
  });

  it('shows a record history with its after image equal to the row', () => {
    const h = ok<{ action: string; after: Record<string, unknown> | null; reason: string | null }[]>(
      core.call('audit.history', { tableName: 'grants', recordId: '1' }),
    );
    expect(h[0]).toMatchObject({ action: 'insert', reason: 'demo data' });
    const row = core.ctx.db.$client.prepare('SELECT * FROM grants WHERE id = 1').get() as Record<string, unknown>;
    expect(h.at(-1)!.after).toEqual(row);
  });

  it('names the user who made a change, filters and searches by that name, and leaves it null for the system', () => {
    ok(core.call('app.setLocale', { locale: 'sq' }));
    type Row = { seq: number; userId: number | null; userName: string | null; tableName: string; recordId: string };
    const newest = ok<{ rows: Row[] }>(core.call('audit.page', { startRow: 0, endRow: 1 })).rows[0]!;
    expect(newest).toMatchObject({ tableName: 'users', userName: 'Demo Administrator' });
    expect(newest.userId).not.toBeNull();
    const history = ok<{ seq: number; userName: string | null }[]>(core.call('audit.history', { tableName: 'users', recordId: newest.recordId }));
    expect(history.at(-1)).toMatchObject({ seq: newest.seq, userName: 'Demo Administrator' });

    const byName = ok<{ rows: Row[]; lastRow: number }>(
      core.call('audit.page', { startRow: 0, endRow: 10, filterModel: { userName: { filterType: 'text', type: 'contains', filter: 'administrator' } } }),
    );
    const named = core.ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM audit_entries WHERE user_id IS NOT NULL').get() as { n: number };
    expect(byName.lastRow).toBe(named.n);
    expect(ok<{ lastRow: number }>(core.call('audit.page', { startRow: 0, endRow: 1, search: 'Demo Admin' })).lastRow).toBe(named.n);

    const system = ok<{ rows: Row[]; lastRow: number }>(
      core.call('audit.page', { startRow: 0, endRow: 10, filterModel: { userName: { filterType: 'text', type: 'blank' } } }),
    );
    expect(system.rows.every((r) => r.userId === null && r.userName === null)).toBe(true);
    expect(system.lastRow + byName.lastRow).toBe(ok<{ count: number }>(core.call('audit.head', {})).count);
  });

  it('refuses a table name that is not a name', () => {
    expect(core.call('audit.history', { tableName: 'grants; DROP TABLE grants', recordId: '1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'tableName' }] },
    });
  });
});
