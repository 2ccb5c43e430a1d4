import { describe, expect, it } from 'vitest';
import type { Result } from '../../../core/api/errors';
import { verifyAudit } from '../../../core/services/audit';
import { useMoneyWorld } from '../../support/money-world';

// Inputs that once reached the database or a conversion unchecked and answered 500 (issue 16,
// items 3, 5 and 6): each must be a 400 naming its field, or a "—" in the one row it concerns.
const w = useMoneyWorld();

const issue = (r: Result) => {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code).toBe('invalid_input');
  return r.error.issues?.[0];
};

const page = { startRow: 0, endRow: 50 };
const moneyFilter = (col: string, filter: number, type = 'greaterThan') => ({ ...page, filterModel: { [col]: { filterType: 'number', type, filter } } });

describe('money filters beyond 64-bit integers once scaled', () => {
  const cases: [string, string, number][] = [
    ['grants.page', 'amount', 922337203685478],
    ['grants.page', 'disbursed', 922337203685478],
    ['grants.page', 'received', 922337203685478],
    ['grants.page', 'amount', -1e15],
    ['disbursements.page', 'amount', 922337203685478],
    ['reconciliation.page', 'outstanding', 922337203685478],
    ['reconciliation.page', 'outstanding', -1e15],
  ];
  it.each(cases)('%s %s %d is a 400 naming the filter', (method, col, value) => {
    expect(issue(w.admin.call(method, moneyFilter(col, value)))).toMatchObject({ path: `filterModel.${col}.filter`, code: expect.stringMatching(/^too_(big|small)$/) });
  });

  it('the second value of a range and a condition of a combined filter as well', () => {
    expect(issue(w.admin.call('grants.page', { ...page, filterModel: { amount: { filterType: 'number', type: 'inRange', filter: 1, filterTo: 1e16 } } }))).toMatchObject({ path: 'filterModel.amount.filterTo' });
    const combined = { filterType: 'number', operator: 'OR', conditions: [{ filterType: 'number', type: 'lessThan', filter: 5 }, { filterType: 'number', type: 'greaterThan', filter: 1e15 }] };
    expect(issue(w.admin.call('disbursements.page', { ...page, filterModel: { amount: combined } }))?.path).toMatch(/^filterModel\.amount/);
  });

  it('while the largest accepted value still answers', () => {
    const r = w.admin.call('grants.page', moneyFilter('amount', 1e14));
    expect(r).toMatchObject({ ok: true, value: { rows: [], lastRow: 0 } });
  });
});

describe('exchange rates', () => {
  it('far outside a pair\'s usual range are refused, naming the rate', () => {
    expect(issue(w.finance.call('fx.set', { base: 'EUR', quote: 'MKD', rateDate: '2026-11-20', rate: '0.000000000001' }))).toMatchObject({ path: 'rate', code: 'implausible_rate' });
    expect(issue(w.finance.call('fx.set', { base: 'EUR', quote: 'RSD', rateDate: '2026-11-20', rate: '999999999999.999999999999' }))).toMatchObject({ path: 'rate', code: 'implausible_rate' });
    expect(w.finance.call('fx.set', { base: 'EUR', quote: 'RSD', rateDate: '2026-11-20', rate: '117.18' }).ok).toBe(true);
    const csv = 'date,base,quote,rate\n2026-11-20,EUR,USD,1.16\n2026-11-21,EUR,MKD,6150';
    const r = w.finance.call('fx.import', { csv });
    expect(issue(r)).toMatchObject({ path: 'line 3.rateRange' });
  });

  it('can be widened for one pair by an administrator, with a reason in the audit log', () => {
    expect(w.coordinator.call('fx.setPlausibleRange', { base: 'EUR', quote: 'MKD', min: '1', max: '100000', reason: 'denar devaluation' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(w.admin.call('fx.setPlausibleRange', { base: 'EUR', quote: 'MKD', min: '1', max: '100000', reason: 'denar devaluation' })).toMatchObject({ ok: true, value: { min: 1, max: 100000, source: 'override' } });
    expect(w.finance.call('fx.set', { base: 'EUR', quote: 'MKD', rateDate: '2026-11-20', rate: '6150' }).ok).toBe(true);
    const entry = w.one<{ reason: string; record_id: string }>("SELECT reason, record_id FROM audit_entries WHERE table_name = 'meta' ORDER BY seq DESC LIMIT 1");
    expect(entry).toEqual({ reason: 'denar devaluation', record_id: 'fx.plausible.EUR/MKD' });
    expect(w.admin.call('fx.plausibleRange', { base: 'EUR', quote: 'RSD' })).toMatchObject({ ok: true, value: { min: 11.72, max: 1172, source: 'reference' } });
  });
});

describe('conversions that cannot be held', () => {
  // A rate from before the bounds existed (or an administrator's extreme range), put in the file.
  const extremeRate = (date: string) =>
    w.sqlite().prepare("INSERT INTO fx_rates (base, quote, rate_date, rate, source, created_at) VALUES ('EUR', 'MKD', ?, '0.000000000001', 'old', 'x')").run(date);

  it('show "—" in their own row of the Grants grid instead of failing the page', () => {
    extremeRate('2026-11-25');
    const mkd = w.newGrant({ reference: 'MKD-HUGE', currency: 'MKD', amountMinor: 50_000_000, startDate: '2026-11-26', endDate: '2027-06-30', schedule: { kind: 'monthly', count: 2, firstDueDate: '2026-12-15' }, status: 'draft' });
    for (const reportingCurrency of ['EUR', 'MKD', 'RSD']) {
      const r = w.admin.call('grants.page', { startRow: 0, endRow: 500, reportingCurrency });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) continue;
      const rows = (r.value as { rows: { id: number; amountEurMinor: number | null; amountReportingMinor: number | null }[] }).rows;
      const row = rows.find((x) => x.id === mkd.id)!;
      expect(row.amountEurMinor).toBeNull();
      expect(rows.filter((x) => x.amountEurMinor !== null).length).toBeGreaterThan(10);
    }
  });

  it('are a 400 naming the amount when recording a payment or a receipt', () => {
    const g = w.newGrant({ reference: 'EUR-BIG' });
    extremeRate('2026-01-10');
    const before = w.count('disbursements');
    const pay = w.finance.call('disbursements.record', { trancheId: g.tranches[0], paidDate: '2026-01-20', amountMinor: 10_000_000_000_000, currency: 'MKD', bankAccountId: g.account });
    expect(issue(pay)).toMatchObject({ path: 'amountMinor', code: 'too_big_to_convert' });
    const rec = w.finance.call('receipts.record', { grantId: g.id, receivedDate: '2026-01-20', amountMinor: 10_000_000_000_000, currency: 'MKD' });
    expect(issue(rec)).toMatchObject({ path: 'amountMinor', code: 'too_big_to_convert' });
    const imp = w.finance.call('disbursements.import', { rows: [{ trancheId: g.tranches[0], paidDate: '2026-01-20', amountMinor: 10_000_000_000_000, currency: 'MKD', bankAccountId: g.account }] });
    expect(issue(imp)).toMatchObject({ path: 'rows.0.amountMinor', code: 'too_big_to_convert' });
    expect(w.count('disbursements')).toBe(before);
  });
});

describe('a payment that converts to nothing', () => {
  it('is refused, naming both amounts, and releases no tranche', () => {
    const g = w.newGrant({ reference: 'EUR-ZERO' });
    const before = { d: w.count('disbursements'), r: w.count('receipts') };
    const pay = w.finance.call('disbursements.record', { trancheId: g.tranches[0], paidDate: '2026-01-20', amountMinor: 1, currency: 'RSD', bankAccountId: g.account });
    expect(issue(pay)).toMatchObject({ path: 'amountMinor', code: 'rounds_to_zero' });
    if (!pay.ok) expect(pay.error.message).toMatch(/1 minor units of RSD are 0 in EUR/);
    expect(w.one<{ status: string }>('SELECT status FROM tranches WHERE id = ?', g.tranches[0]).status).toBe('planned');
    const imp = w.finance.call('disbursements.import', { rows: [{ trancheId: g.tranches[0], paidDate: '2026-01-20', amountMinor: 50, currency: 'RSD', bankAccountId: g.account }] });
    expect(issue(imp)).toMatchObject({ path: 'rows.0.amountMinor', code: 'rounds_to_zero' });
    const rec = w.finance.call('receipts.record', { grantId: g.id, receivedDate: '2026-01-20', amountMinor: 1, currency: 'RSD' });
    expect(issue(rec)).toMatchObject({ path: 'amountMinor', code: 'rounds_to_zero' });
    expect({ d: w.count('disbursements'), r: w.count('receipts') }).toEqual(before);
    // The smallest amount that is a cent: 0.59 RSD rounds half away from zero to 0.01 EUR.
    expect(w.finance.call('disbursements.record', { trancheId: g.tranches[0], paidDate: '2026-01-20', amountMinor: 59, currency: 'RSD', bankAccountId: g.account })).toMatchObject({ ok: true, value: { grantAmountMinor: 1 } });
    expect(verifyAudit(w.sqlite()).ok).toBe(true);
  });
});
