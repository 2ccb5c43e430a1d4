import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/create-core';
import type { Result } from '../../../core/api/errors';
import type { GrantRow } from '../../../core/services/grants';
import { convertCross } from '../../../core/domain/fx';
import { demoCore } from '../../support/demo-core';

type Page = { rows: GrantRow[]; lastRow: number };

let core: Core;
let cleanup: () => void;
beforeAll(() => {
  ({ core, cleanup } = demoCore());
});
afterAll(() => cleanup());

function ok<T>(r: Result): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

function page(input: Record<string, unknown>): Page {
  return ok<Page>(core.call('grants.page', { startRow: 0, endRow: 100, ...input }));
}

describe('grants.page', () => {
  it('returns one page and the total count, never more rows than asked', () => {
    const p = page({ startRow: 0, endRow: 25 });
    expect(p.rows).toHaveLength(25);
    expect(p.lastRow).toBeGreaterThan(100);
    const all = page({ startRow: 0, endRow: 500 });
    expect(all.rows).toHaveLength(p.lastRow);
  });

  it('pages do not overlap and cover every grant once', () => {
    const total = page({}).lastRow;
    const ids = new Set<number>();
    for (let start = 0; start < total; start += 30) {
      for (const r of page({ startRow: start, endRow: start + 30, sortModel: [{ colId: 'grantee', sort: 'asc' }] }).rows) ids.add(r.id);
    }
    expect(ids.size).toBe(total);
  });

  it('sorting by amount descending puts the grant worth most in EUR first', () => {
    const all = page({ startRow: 0, endRow: 500 }).rows;
    const best = Math.max(...all.map((r) => r.amountEurMinor ?? 0));
    const first = page({ sortModel: [{ colId: 'amount', sort: 'desc' }] }).rows[0]!;
    expect(first.amountEurMinor).toBe(best);
    const asc = page({ sortModel: [{ colId: 'amount', sort: 'asc' }] }).rows.map((r) => r.amountEurMinor ?? 0);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });

  it('filters by country code or name', () => {
    const byCode = page({ filterModel: { country: { filterType: 'text', type: 'equals', filter: 'RS' } } });
    expect(byCode.lastRow).toBeGreaterThan(0);
    expect(byCode.rows.every((r) => r.country === 'RS')).toBe(true);
    const byName = page({ filterModel: { country: { filterType: 'text', type: 'contains', filter: 'serb' } } });
    expect(byName.lastRow).toBe(byCode.lastRow);
  });

  it('filters money in major units of each row currency, exactly', () => {
    const p = page({ startRow: 0, endRow: 500, filterModel: { amount: { filterType: 'number', type: 'greaterThanOrEqual', filter: 100000 } } });
    expect(p.lastRow).toBeGreaterThan(0);
    for (const r of p.rows) expect(r.amountMinor).toBeGreaterThanOrEqual(100000 * 10 ** r.minorUnits);
    const all = page({ startRow: 0, endRow: 500 }).rows;
    expect(p.lastRow).toBe(all.filter((r) => r.amountMinor >= 100000 * 10 ** r.minorUnits).length);
  });

  it('combines conditions and date filters', () => {
    const p = page({
      startRow: 0,
      endRow: 500,
      filterModel: {
        startDate: { filterType: 'date', type: 'inRange', dateFrom: '2020-01-01 00:00:00', dateTo: '2020-12-31 00:00:00' },
        status: { filterType: 'text', operator: 'OR', conditions: [
          { filterType: 'text', type: 'equals', filter: 'closed' },
          { filterType: 'text', type: 'equals', filter: 'active' },
        ] },
      },
    });
    expect(p.lastRow).toBeGreaterThan(0);
    for (const r of p.rows) {
      expect(r.startDate >= '2020-01-01' && r.startDate <= '2020-12-31').toBe(true);
      expect(['closed', 'active']).toContain(r.status);
    }
  });

  it('quick search matches grantor, grantee, reference or purpose, and treats % literally', () => {
    const first = page({}).rows[0]!;
    const word = first.grantee.split(' ')[0]!;
    const p = page({ search: word, startRow: 0, endRow: 500 });
    expect(p.rows.some((r) => r.id === first.id)).toBe(true);
    expect(page({ search: '%' }).lastRow).toBe(0);
  });

  it('results survive JSON round trips unchanged', () => {
    const p = page({});
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

describe('grants.get', () => {
  it('returns tranches that add up to the grant amount, with totals', () => {
    const id = page({}).rows[0]!.id;
    const d = ok<{ grant: { amountMinor: number }; tranches: { amountMinor: number }[]; totals: Record<string, number> }>(
      core.call('grants.get', { id }),
    );
    expect(d.tranches.length).toBeGreaterThan(0);
    expect(d.totals.scheduledMinor).toBe(d.grant.amountMinor);
    expect(d.totals.outstandingMinor).toBe(d.grant.amountMinor - d.totals.disbursedMinor!);
  });

  it('names a missing grant', () => {
    const r = core.call('grants.get', { id: 999999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Grant 999999 does not exist' } });
  });
});

describe('refused input', () => {
  it.each([
    ['endRow before startRow', { startRow: 10, endRow: 5 }, 'endRow'],
    ['a page larger than 500 rows', { startRow: 0, endRow: 1000 }, 'endRow'],
    ['a sort on a column not in the grid', { startRow: 0, endRow: 10, sortModel: [{ colId: 'password_hash', sort: 'asc' }] }, 'sortModel.0.colId'],
    ['a filter on a column not in the grid', { startRow: 0, endRow: 10, filterModel: { 'id; DROP TABLE grants': { filterType: 'text', type: 'equals', filter: 'x' } } }, 'filterModel'],
    ['an unknown filter operator', { startRow: 0, endRow: 10, filterModel: { grantor: { filterType: 'text', type: 'regex', filter: 'x' } } }, 'filterModel.grantor'],
    ['a negative start row', { startRow: -1, endRow: 10 }, 'startRow'],
    ['an unknown property', { startRow: 0, endRow: 10, limit: 5 }, ''],
  ])('refuses %s with invalid_input naming the field', (_label, input, path) => {
    const r = core.call('grants.page', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.issues?.some((i) => i.path.startsWith(path))).toBe(true);
    expect(r.error.message).toMatch(/^Invalid input for grants\.page/);
  });

  it('refuses a number filter on a text column', () => {
    const r = core.call('grants.page', { startRow: 0, endRow: 10, filterModel: { grantor: { filterType: 'number', type: 'equals', filter: 3 } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.issues?.[0]?.path).toBe('filterModel.grantor');
  });

  it('refuses unknown methods and prototype names', () => {
    for (const name of ['grants.drop', '__proto__', 'constructor', 42, null]) {
      expect(core.call(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });
});

describe('a reporting currency', () => {
  it('shows each grant\'s equivalent in the chosen currency at the start-date rates, exactly', () => {
    const eur = page({ startRow: 0, endRow: 50 }).rows;
    const usd = page({ startRow: 0, endRow: 50, reportingCurrency: 'USD' }).rows;
    expect(eur.every((r) => r.reportingCurrency === 'EUR' && r.amountReportingMinor === r.amountEurMinor)).toBe(true);
    for (const r of usd) {
      expect(r.reportingCurrency).toBe('USD');
      if (r.currency === 'USD') expect(r.amountReportingMinor).toBe(r.amountMinor);
    }
    const rsdGrant = usd.find((r) => r.currency === 'RSD')!;
    const db = core.ctx.db.$client;
    const rate = (q: string) => (db.prepare("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = ? AND rate_date <= ? ORDER BY rate_date DESC LIMIT 1").get(q, rsdGrant.startDate) as { rate: string }).rate;
    expect(rsdGrant.amountReportingMinor).toBe(convertCross(rsdGrant.amountMinor, 2, rate('RSD'), rate('USD'), 2));
    expect(core.call('grants.page', { startRow: 0, endRow: 5, reportingCurrency: 'XXY' })).toMatchObject({ ok: false, error: { issues: [{ path: 'reportingCurrency' }] } });
  });
});
