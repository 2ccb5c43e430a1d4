import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCore } from '../../support/demo-core';

// The grid and report methods the benchmarks time, checked for what they return on the demo data.
let env: ReturnType<typeof demoCore>;
beforeAll(() => {
  env = demoCore('demo', 'auditor');
});
afterAll(() => env.cleanup());

const all = <T>(q: string, ...a: unknown[]) => env.raw.ctx.db.$client.prepare(q).all(...a) as T[];
function value<T>(method: string, input: unknown): T {
  const r = env.core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

type Row = { id: number; country: string; currency: string; amountMinor: number; paidDate: string; reference: string };

describe('disbursements.page', () => {
  it('filters by country and currency (typed in any case) and sorts by amount, paging without overlap', () => {
    const filterModel = { country: { filterType: 'text', type: 'equals', filter: 'rs' }, currency: { filterType: 'text', type: 'equals', filter: 'eur' } };
    const expected = all<{ id: number }>(
      "SELECT d.id FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE g.country = 'RS' AND d.currency = 'EUR' ORDER BY d.amount_minor DESC, d.id DESC",
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(10);
    const first = value<{ rows: Row[]; lastRow: number }>('disbursements.page', { startRow: 0, endRow: 10, sortModel: [{ colId: 'amount', sort: 'desc' }], filterModel });
    const rest = value<{ rows: Row[]; lastRow: number }>('disbursements.page', { startRow: 10, endRow: 500, sortModel: [{ colId: 'amount', sort: 'desc' }], filterModel });
    expect(first.lastRow).toBe(expected.length);
    expect([...first.rows, ...rest.rows].map((r) => r.id)).toEqual(expected);
    expect(first.rows.every((r) => r.country === 'RS' && r.currency === 'EUR')).toBe(true);
  });

  it('refuses a column that is not in the grid', () => {
    const r = env.core.call('disbursements.page', { startRow: 0, endRow: 10, sortModel: [{ colId: 'override_reason', sort: 'asc' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('reports.funding', () => {
  type Line = { country: string; year: string; currency: string; committedMinor: number; disbursedMinor: number; receivedMinor: number; outstandingMinor: number };
  it('adds up to the money in the tables, per country, year and currency', () => {
    const { rows } = value<{ rows: Line[] }>('reports.funding', {});
    expect(rows.length).toBeGreaterThan(10);
    const sum = (k: keyof Line) => rows.reduce((s, r) => s + (r[k] as number), 0);
    const live = "g.status NOT IN ('draft', 'cancelled')";
    const one = (q: string) => (all<{ n: number }>(q)[0]?.n ?? 0);
    expect(sum('committedMinor')).toBe(one(`SELECT SUM(t.amount_minor) AS n FROM tranches t JOIN grants g ON g.id = t.grant_id WHERE t.status <> 'cancelled' AND ${live}`));
    expect(sum('disbursedMinor')).toBe(one(`SELECT SUM(d.grant_amount_minor) AS n FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE ${live}`));
    expect(sum('receivedMinor')).toBe(one(`SELECT SUM(r.grant_amount_minor) AS n FROM receipts r JOIN grants g ON g.id = r.grant_id WHERE ${live}`));
    for (const r of rows) expect(r.outstandingMinor).toBe(r.committedMinor - r.disbursedMinor);
    // One line for Serbia's dinar grants in 2025, checked on its own.
    const rs = rows.find((r) => r.country === 'RS' && r.year === '2025' && r.currency === 'RSD');
    expect(rs?.disbursedMinor).toBe(one("SELECT SUM(d.grant_amount_minor) AS n FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE g.country = 'RS' AND g.currency = 'RSD' AND d.paid_date LIKE '2025-%' AND " + live));
  });
});
