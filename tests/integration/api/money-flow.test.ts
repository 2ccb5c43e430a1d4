import { describe, expect, it } from 'vitest';
import { convertCross } from '../../../core/domain/fx';
import { verifyAudit } from '../../../core/services/audit';
import { asSession, signInAs } from '../../support/demo-core';
import { GRANTOR, useMoneyWorld } from '../../support/money-world';

const w = useMoneyWorld();
const { one, count, value } = w;

/** An EUR 100,000.00 grant from the OSCE mission in Serbia to a Belgrade NGO, four quarterly tranches, active. */
function activeGrant(conditions?: (string | null)[]) {
  const g = w.newGrant({ reference: 'OSCE-RS-2026-T01', ...(conditions ? { conditions } : {}) });
  const tranches = w.sqlite().prepare('SELECT id, seq, amount_minor AS amountMinor FROM tranches WHERE grant_id = ? ORDER BY seq').all(g.id) as { id: number; seq: number; amountMinor: number }[];
  return { ...g, tranches };
}

describe('setting up a grant', () => {
  it('generates four quarterly tranches that add up to the amount', () => {
    const g = activeGrant();
    expect(g.tranches.map((t) => t.amountMinor)).toEqual([2_500_000, 2_500_000, 2_500_000, 2_500_000]);
    expect(one<{ s: string }>('SELECT status AS s FROM grants WHERE id = ?', g.id).s).toBe('active');
  });

  it.each([
    ['a negative amount', { amountMinor: -5 }, 'amountMinor'],
    ['a zero amount', { amountMinor: 0 }, 'amountMinor'],
    ['an amount with a fraction of a minor unit', { amountMinor: 10.5 }, 'amountMinor'],
    ['an unknown currency', { currency: 'XYZ' }, 'currency'],
    ['an end before the start', { endDate: '2025-12-31' }, 'endDate'],
    ['a date that does not exist', { startDate: '2026-02-30' }, 'startDate'],
    ['an unknown grantee', { granteeId: 99999 }, 'granteeId'],
  ])('refuses %s, naming the field, and writes nothing', (_label, change, path) => {
    const before = [count('grants'), count('audit_entries')];
    const r = w.coordinator.call('grants.create', {
      reference: 'X-1', title: 'x', purpose: 'shelter', grantorId: 1, granteeId: 20, country: 'RS', amountMinor: 100, currency: 'EUR', startDate: '2026-01-01', endDate: '2026-12-31',
      ...change,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.issues?.map((i) => i.path)).toContain(path);
    expect([count('grants'), count('audit_entries')]).toEqual(before);
  });
});

describe('recording a disbursement', () => {
  it('records one against a tranche, by the signed-in finance officer; the tranche is released once a colleague approves it', () => {
    const g = activeGrant();
    const r = value<{ id: number; grantAmountMinor: number; approvalRequired: boolean }>(
      w.finance.call('disbursements.record', { trancheId: g.tranches[0]!.id, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account, bankReference: 'TRN-T-1' }),
    );
    expect(r).toMatchObject({ grantAmountMinor: 2_500_000, approvalRequired: true });
    expect(one<{ recorded_by: number }>('SELECT recorded_by FROM disbursements WHERE id = ?', r.id).recorded_by).toBe(one<{ id: number }>("SELECT id FROM users WHERE username = 'finance'").id);
    // At or above the four-eyes threshold: awaiting approval, not yet disbursed, the tranche not yet released.
    expect(one<{ s: string }>('SELECT status AS s FROM tranches WHERE id = ?', g.tranches[0]!.id).s).toBe('planned');
    const before = value<{ totals: { disbursedMinor: number; awaitingApprovalMinor: number; outstandingMinor: number }; tranches: { status: string }[] }>(w.coordinator.call('grants.get', { id: g.id }));
    expect(before.totals).toMatchObject({ disbursedMinor: 0, awaitingApprovalMinor: 2_500_000, outstandingMinor: 10_000_000 });
    expect(before.tranches[0]!.status).toBe('awaiting_approval');
    value(w.coordinator.call('disbursements.approve', { id: r.id }));
    expect(one<{ s: string }>('SELECT status AS s FROM tranches WHERE id = ?', g.tranches[0]!.id).s).toBe('released');
    const after = value<{ totals: { disbursedMinor: number; awaitingApprovalMinor: number; outstandingMinor: number } }>(w.coordinator.call('grants.get', { id: g.id }));
    expect(after.totals).toMatchObject({ disbursedMinor: 2_500_000, awaitingApprovalMinor: 0, outstandingMinor: 7_500_000 });
    expect(verifyAudit(w.env.raw.ctx.db.$client).ok).toBe(true);
  });

  it('converts a payment in another currency at the rate on or before the payment date', () => {
    const g = activeGrant();
    const usd = one<{ rate: string }>("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = 'USD' AND rate_date <= '2026-02-10' ORDER BY rate_date DESC LIMIT 1").rate;
    const r = value<{ grantAmountMinor: number }>(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!.id, paidDate: '2026-02-10', amountMinor: 1_000_000, currency: 'USD', bankAccountId: g.account }));
    expect(r.grantAmountMinor).toBe(convertCross(1_000_000, 2, usd, '1', 2));
  });

  it.each([
    ['an account of another organisation', (g: ReturnType<typeof activeGrant>) => ({ bankAccountId: one<{ id: number }>('SELECT id FROM bank_accounts WHERE organisation_id <> ? LIMIT 1', g.grantee).id }), 'bankAccountId'],
    ['more than the tranche has left', () => ({ amountMinor: 2_500_001 }), 'amountMinor'],
    ['a currency without a rate', () => ({ currency: 'JPY', amountMinor: 1000 }), 'currency'],
    ['a payment before the grant starts', () => ({ paidDate: '2025-12-31' }), 'paidDate'],
  ])('refuses %s and writes nothing', (_label, change, path) => {
    const g = activeGrant();
    const before = [count('disbursements'), count('audit_entries')];
    const r = w.finance.call('disbursements.record', { trancheId: g.tranches[0]!.id, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account, ...change(g) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.issues?.[0]?.path).toBe(path);
    expect([count('disbursements'), count('audit_entries')]).toEqual(before);
  });

  it('names the missing rate pair and date', () => {
    const g = activeGrant();
    const r = w.finance.call('disbursements.record', { trancheId: g.tranches[0]!.id, paidDate: '2026-01-20', amountMinor: 1000, currency: 'JPY', bankAccountId: g.account });
    expect(r).toMatchObject({ ok: false, error: { params: { pair: 'EUR/JPY', date: '2026-01-20' } } });
  });

  it('needs an override reason to release a tranche whose condition is unmet, and logs it', () => {
    const g = activeGrant(['Narrative report for Q1 received']);
    const input = { trancheId: g.tranches[0]!.id, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account };
    expect(w.finance.call('disbursements.record', input)).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'overrideReason' }] } });
    const r = value<{ id: number }>(w.finance.call('disbursements.record', { ...input, overrideReason: 'Shelter would close; report promised for 31 January' }));
    const entry = one<{ reason: string }>("SELECT reason FROM audit_entries WHERE table_name = 'disbursements' AND record_id = ?", String(r.id));
    expect(entry.reason).toBe('Shelter would close; report promised for 31 January');
  });

  it('releases a tranche without override once its condition is marked met, and not before the day it was met', () => {
    const g = activeGrant(['Narrative report for Q1 received']);
    const t = g.tranches[0]!.id;
    expect(w.coordinator.call('tranches.conditionMet', { trancheId: t, metDate: '2026-12-01' })).toMatchObject({ ok: false, error: { issues: [{ path: 'metDate' }] } });
    expect(w.coordinator.call('tranches.conditionMet', { trancheId: g.tranches[1]!.id, metDate: '2026-01-10' })).toMatchObject({ ok: false, error: { issues: [{ path: 'trancheId' }] } });
    expect(w.coordinator.call('tranches.conditionMet', { trancheId: t, metDate: '2026-01-10', note: 'Report received by e-mail, ref. 14/2026' }).ok).toBe(true);
    expect(w.coordinator.call('tranches.conditionMet', { trancheId: t, metDate: '2026-01-11' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const r = w.finance.call('disbursements.record', { trancheId: t, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account });
    expect(r.ok).toBe(true);
  });

  it('keeps funder-auditors from recording money', () => {
    const g = activeGrant();
    const auditor = asSession(w.env.raw, signInAs(w.env.raw, 'auditor'));
    expect(auditor.call('disbursements.record', { trancheId: g.tranches[0]!.id, paidDate: '2026-01-20', amountMinor: 100, currency: 'EUR', bankAccountId: g.account })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('receipts and reconciliation', () => {
  it('matches a receipt to its disbursement and reconciles a grant paid in EUR and received in RSD', () => {
    const g = activeGrant();
    const paid = value<{ id: number }>(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!.id, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account, bankReference: 'TRN-2026-T01' }));
    value(w.coordinator.call('disbursements.approve', { id: paid.id }));
    const rsd = one<{ rate: string }>("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = 'RSD' AND rate_date <= '2026-01-22' ORDER BY rate_date DESC LIMIT 1").rate;
    // The NGO's account is in dinars: the bank converted the euros on arrival.
    const rsdAmount = convertCross(2_500_000, 2, '1', rsd, 2);
    const r = value<{ grantAmountMinor: number; matches: { disbursementId: number; amountMinor: number }[] }>(
      w.finance.call('receipts.record', { grantId: g.id, receivedDate: '2026-01-22', amountMinor: rsdAmount, currency: 'RSD', bankReference: 'TRN-2026-T01' }),
    );
    expect(Math.abs(r.grantAmountMinor - 2_500_000)).toBeLessThanOrEqual(1);
    expect(r.matches).toEqual([{ disbursementId: paid.id, amountMinor: Math.min(r.grantAmountMinor, 2_500_000), withinTolerance: false }]);

    const rec = value<{ scheduledMinor: number; disbursedMinor: number; receivedMinor: number; outstandingMinor: number; discrepancies: unknown[] }>(w.env.core.call('reconciliation.grant', { grantId: g.id }));
    expect(rec).toMatchObject({ scheduledMinor: 10_000_000, disbursedMinor: 2_500_000, receivedMinor: r.grantAmountMinor, outstandingMinor: 7_500_000 });
    // Rounding through two rates may leave one cent either way; anything more would be a discrepancy.
    expect(rec.discrepancies.length).toBeLessThanOrEqual(1);
  });

  it('lists a payment not received after 30 days and a receipt that matches nothing', () => {
    const g = activeGrant();
    const paid = value<{ id: number }>(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!.id, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account }));
    // Awaiting its approval it was not sent, so it is not "not received" yet.
    expect(value<{ discrepancies: unknown[]; awaitingApprovalMinor: number }>(w.env.core.call('reconciliation.grant', { grantId: g.id }))).toMatchObject({ discrepancies: [], awaitingApprovalMinor: 2_500_000 });
    value(w.coordinator.call('disbursements.approve', { id: paid.id }));
    const stray = value<{ id: number; matches: unknown[] }>(w.finance.call('receipts.record', { grantId: g.id, receivedDate: '2026-06-01', amountMinor: 12_345, currency: 'EUR' }));
    expect(stray.matches).toEqual([]);
    const rec = value<{ discrepancies: unknown[] }>(w.env.core.call('reconciliation.grant', { grantId: g.id }));
    expect(rec.discrepancies).toEqual([
      { kind: 'not_received', disbursementId: paid.id, paidDate: '2026-01-20', days: 308, unreceivedMinor: 2_500_000 },
      { kind: 'received_without_disbursement', receiptId: stray.id, unmatchedMinor: 12_345 },
    ]);
    // Matched by hand, in part: the rest of the payment now shows as an amount that differs.
    expect(w.finance.call('receipts.match', { receiptId: stray.id, disbursementId: paid.id, amountMinor: 12_345 }).ok).toBe(true);
    const after = value<{ discrepancies: unknown[] }>(w.env.core.call('reconciliation.grant', { grantId: g.id }));
    expect(after.discrepancies).toEqual([{ kind: 'amount_differs', disbursementId: paid.id, paidMinor: 2_500_000, receivedMinor: 12_345 }]);
    expect(w.finance.call('receipts.match', { receiptId: stray.id, disbursementId: paid.id, amountMinor: 1 })).toMatchObject({ ok: false, error: { issues: [{ path: 'amountMinor' }] } });
  });
});

describe('reconciliation across grants', () => {
  it('pages every grant with its balances, and agrees with the per-grant view', () => {
    const page = value<{ rows: { id: number; disbursedMinor: number; receivedMinor: number; outstandingMinor: number; unreceivedCount: number; unmatchedReceivedMinor: number }[]; lastRow: number }>(
      w.env.core.call('reconciliation.page', { startRow: 0, endRow: 200, sortModel: [{ colId: 'unreceivedCount', sort: 'desc' }] }),
    );
    expect(page.lastRow).toBe(count('grants'));
    // The demo has payments that were never received: they sort first.
    expect(page.rows[0]!.unreceivedCount).toBeGreaterThan(0);
    for (const row of page.rows.slice(0, 10)) {
      const one = value<{ disbursedMinor: number; receivedMinor: number; outstandingMinor: number; discrepancies: { kind: string }[] }>(w.env.core.call('reconciliation.grant', { grantId: row.id }));
      expect([one.disbursedMinor, one.receivedMinor, one.outstandingMinor]).toEqual([row.disbursedMinor, row.receivedMinor, row.outstandingMinor]);
      expect(one.discrepancies.filter((d) => d.kind === 'not_received')).toHaveLength(row.unreceivedCount);
    }
  });

  it('offers only the grantee\'s accounts valid on the payment date', () => {
    const g = activeGrant();
    const accounts = value<{ id: number }[]>(w.env.core.call('organisations.accounts', { organisationId: g.grantee, date: '2026-01-20' }));
    expect(accounts.map((a) => a.id)).toContain(g.account);
    const all = w.env.raw.ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM bank_accounts WHERE organisation_id = ?').get(g.grantee) as { n: number };
    expect(accounts.length).toBeLessThanOrEqual(all.n);
  });
});

describe('amendments', () => {
  it('raise the amount with a new tranche, recorded with the old and new value, who and why', () => {
    const g = activeGrant();
    const r = w.coordinator.call('grants.amend', { id: g.id, amountMinor: 12_000_000, reason: 'Second shelter opened in Niš' });
    expect(r).toMatchObject({ ok: true, value: { amountMinor: 12_000_000, changed: ['amount_minor'] } });
    const tranches = w.env.raw.ctx.db.$client.prepare('SELECT seq, due_date AS dueDate, amount_minor AS amountMinor FROM tranches WHERE grant_id = ? ORDER BY seq').all(g.id) as { seq: number; dueDate: string; amountMinor: number }[];
    expect(tranches.at(-1)).toEqual({ seq: 5, dueDate: '2026-12-31', amountMinor: 2_000_000 });
    expect(tranches.reduce((s, t) => s + t.amountMinor, 0)).toBe(12_000_000);
    const detail = value<{ amendments: { field: string; oldValue: string; newValue: string; reason: string; madeBy: string }[] }>(w.coordinator.call('grants.get', { id: g.id }));
    expect(detail.amendments).toEqual([expect.objectContaining({ field: 'amount_minor', oldValue: '10000000', newValue: '12000000', reason: 'Second shelter opened in Niš', madeBy: 'Demo Coordinator' })]);
    const entry = one<{ reason: string }>("SELECT reason FROM audit_entries WHERE table_name = 'grants' AND record_id = ? ORDER BY seq DESC LIMIT 1", String(g.id));
    expect(entry.reason).toBe('Second shelter opened in Niš');
  });

  it('cut the amount from unpaid planned tranches only, never below what was paid', () => {
    const g = activeGrant();
    value(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!.id, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account }));
    expect(w.coordinator.call('grants.amend', { id: g.id, amountMinor: 2_000_000, reason: 'Budget cut' })).toMatchObject({ ok: false, error: { issues: [{ path: 'amountMinor' }] } });
    expect(w.coordinator.call('grants.amend', { id: g.id, amountMinor: 6_000_000, reason: 'Budget cut by the ministry' }).ok).toBe(true);
    const amounts = (w.env.raw.ctx.db.$client.prepare('SELECT amount_minor AS a FROM tranches WHERE grant_id = ? ORDER BY seq').all(g.id) as { a: number }[]).map((t) => t.a);
    expect(amounts).toEqual([2_500_000, 2_500_000, 1_000_000]);
  });

  it('need a reason, and refuse an end date before a tranche', () => {
    const g = activeGrant();
    expect(w.coordinator.call('grants.amend', { id: g.id, amountMinor: 11_000_000, reason: '' })).toMatchObject({ ok: false, error: { issues: [{ path: 'reason' }] } });
    expect(w.coordinator.call('grants.amend', { id: g.id, endDate: '2026-09-30', reason: 'Shorter project' })).toMatchObject({ ok: false, error: { issues: [{ path: 'endDate' }] } });
    expect(asSession(w.env.raw, signInAs(w.env.raw, 'auditor')).call('grants.amend', { id: g.id, amountMinor: 1, reason: 'Funder-auditor tries' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('the largest amount', () => {
  it('is the same for grants, payments and receipts: EUR 10,000,000,000,000.00 is refused at its field, nothing written', () => {
    const g = w.newGrant({ reference: 'MAX-1' });
    const before = [count('grants'), count('disbursements'), count('receipts'), count('audit_entries')];
    const tooMuch = 1_000_000_000_000_000;
    const refusedAt = (r: ReturnType<typeof w.coordinator.call>) => {
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!r.ok) expect(r.error.issues).toEqual([expect.objectContaining({ path: 'amountMinor', code: 'too_big' })]);
    };
    refusedAt(w.coordinator.call('grants.create', { reference: 'MAX-2', title: 'Too much', purpose: 'shelter', grantorId: w.orgId(GRANTOR), granteeId: g.grantee, country: 'RS', amountMinor: tooMuch, currency: 'EUR', startDate: '2026-01-01', endDate: '2026-12-31' }));
    refusedAt(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!, paidDate: '2026-01-20', amountMinor: tooMuch, currency: 'EUR', bankAccountId: g.account }));
    refusedAt(w.finance.call('receipts.record', { grantId: g.id, receivedDate: '2026-01-20', amountMinor: tooMuch, currency: 'EUR' }));
    refusedAt(w.coordinator.call('grants.amend', { id: g.id, amountMinor: tooMuch, reason: 'Typing slip' }));
    expect([count('grants'), count('disbursements'), count('receipts'), count('audit_entries')]).toEqual(before);
    // The maximum itself is accepted.
    expect(w.coordinator.call('grants.create', { reference: 'MAX-3', title: 'Largest', purpose: 'shelter', grantorId: w.orgId(GRANTOR), granteeId: g.grantee, country: 'RS', amountMinor: 10_000_000_000_000, currency: 'EUR', startDate: '2026-01-01', endDate: '2026-12-31' }).ok).toBe(true);
  });
});

describe('the conversion tolerance for automatic matching', () => {
  it('matches a converted receipt within it, not one outside it; only an administrator changes it, audited', () => {
    const g = w.newGrant({ reference: 'TOL-1' });
    const paid = value<{ id: number }>(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!, paidDate: '2026-10-01', amountMinor: 500_000, currency: 'EUR', bankAccountId: g.account }));
    const rate = one<{ rate: string }>("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = 'RSD' AND rate_date <= '2026-10-05' ORDER BY rate_date DESC LIMIT 1").rate;
    // 0.5% short of EUR 5,000.00 in dinars: within the default 1.00%, outside 0.10%.
    const rsd = Math.round(497_500 * Number(rate));
    expect(w.coordinator.call('settings.setFxTolerance', { basisPoints: 10 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    value(w.env.core.call('settings.setFxTolerance', { basisPoints: 10 }));
    const outside = value<{ matches: unknown[] }>(w.finance.call('receipts.record', { grantId: g.id, receivedDate: '2026-10-05', amountMinor: rsd, currency: 'RSD' }));
    expect(outside.matches).toEqual([]);
    expect(one<{ after_json: string; user_id: number }>("SELECT after_json, user_id FROM audit_entries WHERE table_name = 'meta' AND record_id = 'receipts.fx_tolerance_bp'").after_json).toContain('"10"');
    value(w.env.core.call('settings.setFxTolerance', { basisPoints: 100 }));
    const inside = value<{ grantAmountMinor: number; matches: { disbursementId: number; withinTolerance: boolean }[]; fxToleranceBasisPoints: number }>(
      w.finance.call('receipts.record', { grantId: g.id, receivedDate: '2026-10-06', amountMinor: rsd, currency: 'RSD' }),
    );
    expect(inside.matches).toEqual([{ disbursementId: paid.id, amountMinor: inside.grantAmountMinor, withinTolerance: true }]);
    expect(inside.fxToleranceBasisPoints).toBe(100);
    // A difference larger than what is unsettled is refused at its field; the rest is accepted.
    const left = 500_000 - inside.grantAmountMinor;
    expect(w.finance.call('receipts.recordDifference', { disbursementId: paid.id, kind: 'bank_charge', amountMinor: left + 1, reason: 'Bank fee' })).toMatchObject({ ok: false, error: { issues: [{ path: 'amountMinor' }] } });
    expect(value<{ unsettledMinor: number }>(w.finance.call('receipts.recordDifference', { disbursementId: paid.id, kind: 'bank_charge', amountMinor: left, reason: 'Bank fee' })).unsettledMinor).toBe(0);
    expect(verifyAudit(w.env.raw.ctx.db.$client).ok).toBe(true);
  });
});
