import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../core/services/audit';
import { asSession, signInAs } from '../../support/demo-core';
import { useMoneyWorld } from '../../support/money-world';

const w = useMoneyWorld();
const { one, count, value } = w;
const counts = () => [count('disbursements'), count('audit_entries'), one<{ n: number }>("SELECT COUNT(*) AS n FROM tranches WHERE status = 'released'").n];

/** An active EUR 100,000.00 grant in Serbia with four quarterly tranches of EUR 25,000.00. */
const activeGrant = (reference: string) => w.newGrant({ reference });

const row = (trancheId: number, bankAccountId: number, over: Record<string, unknown> = {}) => ({
  trancheId, paidDate: '2026-02-01', amountMinor: 2_500_000, currency: 'EUR', bankAccountId, bankReference: `B-${trancheId}`, ...over,
});

describe('importing disbursements', () => {
  it('records every row with the same results as recording them one by one, and releases the tranches not awaiting approval', async () => {
    const a = activeGrant('IMP-A');
    const b = activeGrant('IMP-B');
    const before = counts();
    const r = value<{ imported: number; approvalRequired: number; firstId: number; lastId: number }>(
      await w.finance.callAsync('disbursements.import', {
        rows: [
          row(a.tranches[0]!, a.account),
          // Two part payments of one tranche, the second in dinars converted at the EUR cross rate.
          row(a.tranches[1]!, a.account, { amountMinor: 1_000_000 }),
          row(a.tranches[1]!, a.account, { amountMinor: 117_000_000, currency: 'RSD' }),
          row(b.tranches[0]!, b.account, { amountMinor: 500_000 }),
        ],
      }),
    );
    // EUR 25,000 and EUR 10,000 reach the EUR 10,000 four-eyes threshold; RSD 1,170,000 and EUR 5,000 do not.
    expect(r).toMatchObject({ imported: 4, approvalRequired: 2 });
    expect(r.lastId - r.firstId).toBe(3);
    const [d, audit, released] = counts();
    // Each row is one insert entry; each newly released tranche one update entry. A payment awaiting
    // its second approval releases nothing yet: tranche a1 is released by its dinar part, b0 by its
    // EUR 5,000, and a0 (EUR 25,000) waits for approval.
    expect([d, audit, released]).toEqual([before[0]! + 4, before[1]! + 4 + 2, before[2]! + 2]);

    // The dinar row is converted exactly as disbursements.record converts it.
    const imported = one<{ grantAmountMinor: number; fxRate: string }>('SELECT grant_amount_minor AS grantAmountMinor, fx_rate AS fxRate FROM disbursements WHERE id = ?', r.firstId + 2);
    const single = value<{ id: number; grantAmountMinor: number }>(w.finance.call('disbursements.record', row(a.tranches[2]!, a.account, { amountMinor: 117_000_000, currency: 'RSD' })));
    expect(imported.grantAmountMinor).toBe(single.grantAmountMinor);
    expect(imported.fxRate).toBe(one<{ f: string }>('SELECT fx_rate AS f FROM disbursements WHERE id = ?', single.id).f);
    expect(verifyAudit(w.env.raw.ctx.db.$client)).toMatchObject({ ok: true, checkedState: true });
  });

  it.each([
    ['overdraws a tranche that an earlier row already paid', (a: ReturnType<typeof activeGrant>) => [row(a.tranches[0]!, a.account), row(a.tranches[1]!, a.account), row(a.tranches[0]!, a.account, { amountMinor: 1 })], 3, 'amountMinor', /more than tranche 1 has left \(0 of/],
    ['pays an account not registered to the grantee', (a: ReturnType<typeof activeGrant>) => [row(a.tranches[0]!, a.account), row(a.tranches[1]!, 1)], 2, 'bankAccountId', /not registered to the grantee/],
    ['names a tranche that does not exist', (a: ReturnType<typeof activeGrant>) => [row(999_999, a.account)], 1, 'trancheId', /does not exist/],
    ['pays in a currency with no rate on that day', (a: ReturnType<typeof activeGrant>) => [row(a.tranches[0]!, a.account, { currency: 'CHF', amountMinor: 100 })], 1, 'currency', /no EUR\/CHF exchange rate on or before 2026-02-01/],
  ])('refuses a batch whose row %s, naming the row and field, and writes nothing', async (_label, rows, rowNo, field, message) => {
    const a = activeGrant('IMP-C');
    const before = counts();
    const r = await w.finance.callAsync('disbursements.import', { rows: rows(a) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(new RegExp(`^Row ${rowNo}, ${field}: `));
      expect(r.error.message).toMatch(message);
      expect(r.error.issues?.[0]?.path).toBe(`rows.${rowNo - 1}.${field}`);
    }
    expect(counts()).toEqual(before);
  });

  it('refuses malformed rows by zod, naming the row, and writes nothing', async () => {
    const a = activeGrant('IMP-D');
    const before = counts();
    const r = await w.finance.callAsync('disbursements.import', { rows: [row(a.tranches[0]!, a.account), row(a.tranches[1]!, a.account, { amountMinor: -3 })] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.issues?.map((i) => i.path)).toContain('rows.1.amountMinor');
    expect(counts()).toEqual(before);
  });

  it('is refused to a funder-auditor, and the refusal is logged', async () => {
    const a = activeGrant('IMP-E');
    const auditor = asSession(w.env.raw, signInAs(w.env.raw, 'auditor'));
    const refusals = count('access_refusals');
    expect(await auditor.callAsync('disbursements.import', { rows: [row(a.tranches[0]!, a.account)] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(count('access_refusals')).toBe(refusals + 1);
    expect(count('disbursements')).toBe(one<{ n: number }>('SELECT COUNT(*) AS n FROM disbursements').n);
  });
});
