import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../core/services/audit';
import { asSession, signInAs } from '../../support/demo-core';
import { useMoneyWorld } from '../../support/money-world';

// Today is 2026-11-24 (TEST_NOW): a tranche due 2026-03-01 shows as overdue, one due 2026-11-10 as
// due (inside the 30-day grace period) and one due in 2027 as planned; all are stored as planned.
const DUE_DATES = ['2026-03-01', '2026-11-10', '2027-03-01', '2027-09-01'];

const w = useMoneyWorld();
const { sqlite, one, count, value } = w;
const storedStatus = (id: number) => one<{ s: string }>('SELECT status AS s FROM tranches WHERE id = ?', id).s;

/** Everything a refused call must leave as it was: rows, statuses and the audit log. */
function snapshot(grantId: number) {
  return {
    counts: ['tranches', 'disbursements', 'grant_amendments', 'audit_entries', 'access_refusals'].map(count),
    tranches: sqlite().prepare('SELECT id, status, amount_minor FROM tranches WHERE grant_id = ? ORDER BY seq').all(grantId),
  };
}

/** An EUR 100,000.00 grant in four tranches of EUR 25,000.00 (overdue, due, planned, planned), active. */
const grant = (status: 'draft' | 'approved' | 'active' = 'active') =>
  w.newGrant({
    reference: 'OSCE-RS-2026-W01',
    title: 'Shelter running costs 2026-2027',
    endDate: '2027-12-31',
    schedule: { kind: 'custom', instalments: DUE_DATES.map((dueDate) => ({ dueDate, amountMinor: 2_500_000 })) },
    status,
  });

const shownStatuses = (grantId: number) => value<{ tranches: { status: string }[] }>(w.coordinator.call('grants.get', { id: grantId })).tranches.map((t) => t.status);
/** A payment of EUR 25,000.00 recorded and, as four-eyes asks, approved by a colleague. */
const pay = (trancheId: number, account: number) => {
  const r = w.finance.call('disbursements.record', { trancheId, paidDate: '2026-11-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: account });
  if (r.ok) value(w.coordinator.call('disbursements.approve', { id: (r.value as { id: number }).id }));
  return r;
};
const auditOf = (trancheId: number) =>
  one<{ reason: string | null; user_id: number; after_json: string }>("SELECT reason, user_id, after_json FROM audit_entries WHERE table_name = 'tranches' AND record_id = ? ORDER BY seq DESC LIMIT 1", String(trancheId));
const userId = (username: string) => one<{ id: number }>('SELECT id FROM users WHERE username = ?', username).id;

describe('withholding and resuming a tranche', () => {
  it('withholds a tranche whether it shows as overdue, due or planned', () => {
    const g = grant();
    expect(shownStatuses(g.id)).toEqual(['overdue', 'due', 'planned', 'planned']);
    for (const [k, id] of g.tranches.slice(0, 3).entries()) {
      expect(w.coordinator.call('tranches.withhold', { id, reason: `Report ${k + 1} is late` })).toEqual({ ok: true, value: { id, status: 'withheld' } });
      expect(storedStatus(id)).toBe('withheld');
    }
    expect(shownStatuses(g.id)).toEqual(['withheld', 'withheld', 'withheld', 'planned']);
    expect(verifyAudit(sqlite()).ok).toBe(true);
  });

  it('writes the trimmed reason and the user into the audit entry, and resumes to the status the due date gives', () => {
    const g = grant();
    const due = g.tranches[1]!;
    value(w.coordinator.call('tranches.withhold', { id: due, reason: '  Financial report for Q3 not received  ' }));
    const withheld = auditOf(due);
    expect(withheld.reason).toBe('Financial report for Q3 not received');
    expect(withheld.user_id).toBe(userId('coordinator'));
    expect(JSON.parse(withheld.after_json)).toMatchObject({ status: 'withheld' });

    expect(w.admin.call('tranches.resume', { id: due, reason: 'Report arrived on 20 November' })).toEqual({ ok: true, value: { id: due, status: 'due' } });
    expect(storedStatus(due)).toBe('planned');
    const resumed = auditOf(due);
    expect(resumed.reason).toBe('Report arrived on 20 November');
    expect(resumed.user_id).toBe(userId('admin'));
    expect(shownStatuses(g.id)[1]).toBe('due');
    expect(verifyAudit(sqlite()).ok).toBe(true);
  });

  it('withholds on an approved grant too', () => {
    const g = grant('approved');
    expect(w.coordinator.call('tranches.withhold', { id: g.tranches[2]!, reason: 'Agreement annex missing' })).toMatchObject({ ok: true });
    expect(storedStatus(g.tranches[2]!)).toBe('withheld');
  });

  it('refuses a disbursement against a withheld tranche, and accepts it once resumed', () => {
    const g = grant();
    const t = g.tranches[1]!;
    value(w.coordinator.call('tranches.withhold', { id: t, reason: 'Audit finding open' }));
    const before = snapshot(g.id);
    const r = pay(t, g.account);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', params: { status: 'withheld' } } });
    if (!r.ok) expect(r.error.message).toContain('withheld');
    expect(snapshot(g.id)).toEqual(before);
    value(w.coordinator.call('tranches.resume', { id: t, reason: 'Audit finding closed' }));
    expect(pay(t, g.account).ok).toBe(true);
    expect(storedStatus(t)).toBe('released');
  });
});

describe('cancelling a tranche', () => {
  it('cancels a planned and a withheld tranche; they no longer count as scheduled', () => {
    const g = grant();
    const rec = () => value<{ scheduledMinor: number }>(w.coordinator.call('reconciliation.grant', { grantId: g.id })).scheduledMinor;
    const pageRow = () =>
      value<{ rows: { id: number; scheduledMinor: number }[] }>(w.coordinator.call('reconciliation.page', { startRow: 0, endRow: 500 })).rows.find((row) => row.id === g.id)!.scheduledMinor;
    const panel = () => value<{ totals: { scheduledMinor: number } }>(w.coordinator.call('grants.get', { id: g.id })).totals.scheduledMinor;
    expect([rec(), pageRow(), panel()]).toEqual([10_000_000, 10_000_000, 10_000_000]);

    expect(w.coordinator.call('tranches.cancel', { id: g.tranches[3]!, reason: 'Project ends a quarter early' })).toEqual({ ok: true, value: { id: g.tranches[3]!, status: 'cancelled' } });
    value(w.coordinator.call('tranches.withhold', { id: g.tranches[2]!, reason: 'On hold' }));
    value(w.admin.call('tranches.cancel', { id: g.tranches[2]!, reason: 'Activity dropped by the board' }));
    expect(g.tranches.map(storedStatus)).toEqual(['planned', 'planned', 'cancelled', 'cancelled']);
    expect([rec(), pageRow(), panel()]).toEqual([5_000_000, 5_000_000, 5_000_000]);
    expect(auditOf(g.tranches[2]!).reason).toBe('Activity dropped by the board');
    expect(auditOf(g.tranches[3]!).reason).toBe('Project ends a quarter early');
  });

  it('refuses a disbursement against a cancelled tranche and writes nothing', () => {
    const g = grant();
    value(w.coordinator.call('tranches.cancel', { id: g.tranches[1]!, reason: 'Not needed' }));
    const before = snapshot(g.id);
    expect(pay(g.tranches[1]!, g.account)).toMatchObject({ ok: false, error: { code: 'conflict', params: { status: 'cancelled' } } });
    expect(snapshot(g.id)).toEqual(before);
  });

  it('refuses a tranche something was disbursed against, saying why, and writes nothing', () => {
    const g = grant();
    // Part of the tranche paid: its status is released, and it has a disbursement.
    value(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!, paidDate: '2026-03-05', amountMinor: 1_000_000, currency: 'EUR', bankAccountId: g.account }));
    const before = snapshot(g.id);
    const r = w.coordinator.call('tranches.cancel', { id: g.tranches[0]!, reason: 'Rest not needed' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', params: { disbursements: 1 } } });
    if (!r.ok) expect(r.error.message).toContain('cannot be cancelled');
    expect(snapshot(g.id)).toEqual(before);
  });
});

describe('refusals write nothing', () => {
  type G = ReturnType<typeof grant>;
  it.each<[string, (g: G) => void, (g: G) => [string, unknown], string, Record<string, unknown>]>([
    ['withholding a withheld tranche', (g) => value(w.coordinator.call('tranches.withhold', { id: g.tranches[0]!, reason: 'First' })), (g) => ['tranches.withhold', { id: g.tranches[0]!, reason: 'Again' }], 'is withheld', { status: 'withheld' }],
    ['withholding a cancelled tranche', (g) => value(w.coordinator.call('tranches.cancel', { id: g.tranches[2]!, reason: 'Gone' })), (g) => ['tranches.withhold', { id: g.tranches[2]!, reason: 'Hold' }], 'is cancelled', { status: 'cancelled' }],
    ['withholding a tranche whose payment awaits approval', (g) => value(w.finance.call('disbursements.record', { trancheId: g.tranches[1]!, paidDate: '2026-11-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account })), (g) => ['tranches.withhold', { id: g.tranches[1]!, reason: 'Too late' }], 'is awaiting_approval', { status: 'awaiting_approval' }],
    ['withholding a released tranche', (g) => value(pay(g.tranches[1]!, g.account)), (g) => ['tranches.withhold', { id: g.tranches[1]!, reason: 'Too late' }], 'is released', { status: 'released' }],
    ['withholding on a suspended grant', (g) => value(w.coordinator.call('grants.transition', { id: g.id, to: 'suspended', reason: 'Fraud investigation' })), (g) => ['tranches.withhold', { id: g.tranches[2]!, reason: 'Hold' }], 'is suspended', { grantStatus: 'suspended' }],
    ['resuming a tranche that is not withheld (it shows as due)', () => undefined, (g) => ['tranches.resume', { id: g.tranches[1]!, reason: 'Resume' }], 'is due', { status: 'due' }],
    ['cancelling a cancelled tranche', (g) => value(w.coordinator.call('tranches.cancel', { id: g.tranches[3]!, reason: 'Gone' })), (g) => ['tranches.cancel', { id: g.tranches[3]!, reason: 'Again' }], 'is cancelled', { status: 'cancelled' }],
    ['cancelling a tranche of a closed grant', (g) => {
      for (const id of g.tranches.slice(1)) value(w.coordinator.call('tranches.cancel', { id, reason: 'Shortened' }));
      value(w.coordinator.call('grants.transition', { id: g.id, to: 'closed', reason: 'Project ended early' }));
    }, (g) => ['tranches.cancel', { id: g.tranches[0]!, reason: 'Closed' }], 'is closed', { grantStatus: 'closed' }],
  ])('refuses %s, naming the status', (_label, arrange, act, text, params) => {
    const g = grant();
    arrange(g);
    const before = snapshot(g.id);
    const [method, input] = act(g);
    const r = w.coordinator.call(method as never, input as never);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', params } });
    if (!r.ok) expect(r.error.message).toContain(text);
    expect(snapshot(g.id)).toEqual(before);
  });

  it('refuses withholding on a draft grant', () => {
    const g = grant('draft');
    const before = snapshot(g.id);
    expect(w.coordinator.call('tranches.withhold', { id: g.tranches[0]!, reason: 'Hold' })).toMatchObject({ ok: false, error: { code: 'conflict', params: { grantStatus: 'draft' } } });
    expect(snapshot(g.id)).toEqual(before);
  });

  it.each(['tranches.withhold', 'tranches.resume', 'tranches.cancel'])('%s needs a reason that is not blank, and a tranche that exists', (method) => {
    const g = grant();
    const before = snapshot(g.id);
    for (const reason of ['', '   ']) {
      expect(w.coordinator.call(method as never, { id: g.tranches[0]!, reason } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'reason' }] } });
    }
    expect(w.coordinator.call(method as never, { id: g.tranches[0]! } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'reason' }] } });
    expect(w.coordinator.call(method as never, { id: 999_999, reason: 'No such tranche' } as never)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(g.id)).toEqual(before);
  });

  it.each([
    ['finance', 'tranches.withhold'],
    ['finance', 'tranches.cancel'],
    ['auditor', 'tranches.withhold'],
    ['auditor', 'tranches.resume'],
    ['auditor', 'tranches.cancel'],
  ])('refuses %s calling %s: only the refusal is logged', (username, method) => {
    const g = grant();
    value(w.coordinator.call('tranches.withhold', { id: g.tranches[3]!, reason: 'Held for the test' }));
    const target = method === 'tranches.resume' ? g.tranches[3]! : g.tranches[2]!;
    const before = snapshot(g.id);
    const caller = asSession(w.env.raw, signInAs(w.env.raw, username));
    expect(caller.call(method as never, { id: target, reason: 'Not my call' } as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const after = snapshot(g.id);
    expect(after.tranches).toEqual(before.tranches);
    // tranches, disbursements and amendments unchanged; one access refusal, audited by its own entry.
    expect(after.counts.slice(0, 3)).toEqual(before.counts.slice(0, 3));
    expect(after.counts[4]).toBe(before.counts[4]! + 1);
    expect(one<{ method: string }>('SELECT method FROM access_refusals ORDER BY id DESC LIMIT 1').method).toBe(method);
    expect(after.counts[3]).toBe(before.counts[3]! + 1);
    expect(one<{ t: string }>('SELECT table_name AS t FROM audit_entries ORDER BY seq DESC LIMIT 1').t).toBe('access_refusals');
  });
});
