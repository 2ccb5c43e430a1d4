import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asSession, demoCore, signInAs } from '../../support/demo-core';

// grant_totals is a read model kept by triggers: it must always equal the sums of the payments
// and receipts it is derived from, whatever wrote them. A payment awaiting its second approval is
// counted apart from what was disbursed until it is approved.
const APPROVED = 'NOT (d.approval_required IS 1 AND d.approved_by IS NULL)';
let env: ReturnType<typeof demoCore>;
beforeEach(() => {
  env = demoCore();
});
afterEach(() => env.cleanup());

const DRIFT = `
  SELECT g.id, gt.disbursed_minor AS kept, (SELECT COALESCE(SUM(d.grant_amount_minor), 0) FROM disbursements d WHERE d.grant_id = g.id AND ${APPROVED}) AS paid,
         gt.awaiting_minor AS keptAwaiting, (SELECT COALESCE(SUM(d.grant_amount_minor), 0) FROM disbursements d WHERE d.grant_id = g.id AND NOT ${APPROVED}) AS awaiting,
         gt.received_minor AS keptReceived, (SELECT COALESCE(SUM(r.grant_amount_minor), 0) FROM receipts r WHERE r.grant_id = g.id) AS received
  FROM grants g LEFT JOIN grant_totals gt ON gt.grant_id = g.id
  WHERE gt.grant_id IS NULL OR gt.disbursed_minor <> paid OR gt.awaiting_minor <> awaiting OR gt.received_minor <> received`;
const drift = () => env.raw.ctx.db.$client.prepare(DRIFT).all();

// The same for grant_year_totals, per grant and year, compared both ways round.
const YEAR_DRIFT = `
  WITH actual AS (
    SELECT grant_id, year, SUM(c) AS c, SUM(d) AS d, SUM(w) AS w, SUM(r) AS r FROM (
      SELECT grant_id, substr(due_date, 1, 4) AS year, amount_minor AS c, 0 AS d, 0 AS w, 0 AS r FROM tranches WHERE status <> 'cancelled'
      UNION ALL SELECT d.grant_id, substr(d.paid_date, 1, 4), 0, CASE WHEN ${APPROVED} THEN d.grant_amount_minor ELSE 0 END,
        CASE WHEN ${APPROVED} THEN 0 ELSE d.grant_amount_minor END, 0 FROM disbursements d
      UNION ALL SELECT grant_id, substr(received_date, 1, 4), 0, 0, 0, grant_amount_minor FROM receipts)
    GROUP BY grant_id, year)
  SELECT a.grant_id, a.year, a.c, a.d, a.w, a.r, y.committed_minor, y.disbursed_minor, y.awaiting_minor, y.received_minor FROM actual a
    LEFT JOIN grant_year_totals y ON y.grant_id = a.grant_id AND y.year = a.year
    WHERE y.grant_id IS NULL OR y.committed_minor <> a.c OR y.disbursed_minor <> a.d OR y.awaiting_minor <> a.w OR y.received_minor <> a.r
  UNION ALL
  SELECT y.grant_id, y.year, 0, 0, 0, 0, y.committed_minor, y.disbursed_minor, y.awaiting_minor, y.received_minor FROM grant_year_totals y
    WHERE NOT EXISTS (SELECT 1 FROM actual a WHERE a.grant_id = y.grant_id AND a.year = y.year)
      AND (y.committed_minor <> 0 OR y.disbursed_minor <> 0 OR y.awaiting_minor <> 0 OR y.received_minor <> 0)`;
const yearDrift = () => env.raw.ctx.db.$client.prepare(YEAR_DRIFT).all();

describe('grant totals', () => {
  it('match the demo data, with one row per grant', () => {
    expect(drift()).toEqual([]);
    expect(yearDrift()).toEqual([]);
    const n = env.raw.ctx.db.$client.prepare('SELECT (SELECT COUNT(*) FROM grants) AS g, (SELECT COUNT(*) FROM grant_totals) AS t, (SELECT SUM(disbursed_minor) FROM grant_totals) AS s').get() as { g: number; t: number; s: number };
    expect(n.t).toBe(n.g);
    expect(n.s).toBeGreaterThan(0);
  });

  it('follow new grants, imported and single payments, and receipts', async () => {
    const db = env.raw.ctx.db.$client;
    const coordinator = asSession(env.raw, signInAs(env.raw, 'coordinator'));
    const finance = asSession(env.raw, signInAs(env.raw, 'finance'));
    const grantee = (db.prepare("SELECT id FROM organisations WHERE kind = 'ngo' AND country = 'RS' ORDER BY id LIMIT 1").get() as { id: number }).id;
    const grantor = (db.prepare("SELECT id FROM organisations WHERE name = 'OSCE Mission to Serbia'").get() as { id: number }).id;
    const account = (db.prepare('SELECT id FROM bank_accounts WHERE organisation_id = ? AND valid_to IS NULL ORDER BY id LIMIT 1').get(grantee) as { id: number }).id;
    const created = coordinator.call('grants.create', { reference: 'GT-1', title: 'Totals', purpose: 'shelter', grantorId: grantor, granteeId: grantee, country: 'RS', amountMinor: 4_000_000, currency: 'EUR', startDate: '2026-01-01', endDate: '2026-12-31' });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: number }).id;
    expect(db.prepare('SELECT disbursed_minor, received_minor FROM grant_totals WHERE grant_id = ?').get(id)).toEqual({ disbursed_minor: 0, received_minor: 0 });
    for (const [m, i] of [['grants.setSchedule', { grantId: id, schedule: { kind: 'quarterly', count: 4, firstDueDate: '2026-01-15' } }], ['grants.transition', { id, to: 'approved' }], ['grants.transition', { id, to: 'active' }]] as const) {
      expect(coordinator.call(m, i).ok).toBe(true);
    }
    const tranches = db.prepare('SELECT id FROM tranches WHERE grant_id = ? ORDER BY seq').pluck().all(id) as number[];
    expect((await finance.callAsync('disbursements.import', { rows: [{ trancheId: tranches[0], paidDate: '2026-01-20', amountMinor: 1_000_000, currency: 'EUR', bankAccountId: account }] })).ok).toBe(true);
    expect(finance.call('disbursements.record', { trancheId: tranches[1], paidDate: '2026-04-20', amountMinor: 58_500_000, currency: 'RSD', bankAccountId: account }).ok).toBe(true);
    expect(finance.call('receipts.record', { grantId: id, receivedDate: '2026-01-25', amountMinor: 1_000_000, currency: 'EUR' }).ok).toBe(true);
    // A refused import changes nothing, the totals included.
    expect((await finance.callAsync('disbursements.import', { rows: [{ trancheId: tranches[2], paidDate: '2026-07-20', amountMinor: 999_999_999, currency: 'EUR', bankAccountId: account }] })).ok).toBe(false);
    // The imported EUR 10,000.00 is at the four-eyes threshold: awaiting approval, not yet disbursed;
    // the RSD payment (about EUR 5,000) needed no approval.
    const totals = () => db.prepare('SELECT disbursed_minor AS d, awaiting_minor AS w, received_minor AS r FROM grant_totals WHERE grant_id = ?').get(id) as { d: number; w: number; r: number };
    const kept = totals();
    expect(kept.r).toBe(1_000_000);
    expect(kept.w).toBe(1_000_000);
    expect(kept.d).toBeGreaterThan(0);
    expect(drift()).toEqual([]);
    expect(yearDrift()).toEqual([]);
    // Approved by someone else, they move from awaiting to disbursed, in both read models.
    for (const d of db.prepare('SELECT id FROM disbursements WHERE grant_id = ? AND approval_required = 1').pluck().all(id) as number[]) {
      expect(coordinator.call('disbursements.approve', { id: d }).ok).toBe(true);
    }
    expect(totals()).toEqual({ d: kept.d + 1_000_000, w: 0, r: 1_000_000 });
    expect(drift()).toEqual([]);
    expect(yearDrift()).toEqual([]);

    // Schedule changes move committed money between years or out of it.
    expect(coordinator.call('tranches.cancel', { id: tranches[3], reason: 'Activity dropped' }).ok).toBe(true);
    expect(coordinator.call('grants.amend', { id, endDate: '2027-06-30', amountMinor: 4_500_000, reason: 'Six more months' }).ok).toBe(true);
    const committed = db.prepare('SELECT year, committed_minor AS c FROM grant_year_totals WHERE grant_id = ? ORDER BY year').all(id);
    expect(committed).toEqual([
      { year: '2026', c: 3_000_000 },
      { year: '2027', c: 500_000 },
    ]);
    expect(yearDrift()).toEqual([]);
  });
});
