import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../core/services/audit';
import { GRANTEE, GRANTOR, useMoneyWorld } from '../../support/money-world';

const w = useMoneyWorld();
const { sqlite, one, count, orgId, value } = w;

/** An active EUR 1,000.00 grant for 2026 in three uneven tranches (333.33, 333.33, 333.34). */
function grant() {
  const instalments = [
    { dueDate: '2026-03-01', amountMinor: 33_333 },
    { dueDate: '2026-06-01', amountMinor: 33_333 },
    { dueDate: '2026-09-01', amountMinor: 33_334 },
  ];
  return w.newGrant({ reference: 'OSCE-RS-2026-A01', title: 'Legal aid clinic', purpose: 'legal_aid', amountMinor: 100_000, schedule: { kind: 'custom', instalments } });
}

const grantRow = (id: number) =>
  one<{ amount_minor: number; currency: string; start_date: string; end_date: string; grantee_id: number }>('SELECT amount_minor, currency, start_date, end_date, grantee_id FROM grants WHERE id = ?', id);
const trancheRows = (grantId: number) =>
  sqlite().prepare('SELECT seq, amount_minor AS amountMinor, currency, status FROM tranches WHERE grant_id = ? ORDER BY seq').all(grantId) as { seq: number; amountMinor: number; currency: string; status: string }[];
const amendments = (grantId: number) =>
  sqlite().prepare('SELECT field, old_value AS oldValue, new_value AS newValue, reason, made_by AS madeBy FROM grant_amendments WHERE grant_id = ? ORDER BY id').all(grantId);
const coordinatorId = () => one<{ id: number }>("SELECT id FROM users WHERE username = 'coordinator'").id;

/** Everything a refused amendment must leave as it was. */
function snapshot(grantId: number) {
  return {
    counts: ['grants', 'tranches', 'grant_amendments', 'audit_entries'].map(count),
    grant: grantRow(grantId),
    tranches: trancheRows(grantId),
  };
}

/** Calls grants.amend expecting a refusal at `path` with `code`; asserts nothing was written. */
function refused(g: { id: number }, input: Record<string, unknown>, path: string, code: string, errorCode = 'invalid_input') {
  const before = snapshot(g.id);
  const r = w.coordinator.call('grants.amend', { id: g.id, reason: 'Amendment that must be refused', ...input });
  expect(r).toMatchObject({ ok: false, error: { code: errorCode, issues: [{ path, code }] } });
  expect(snapshot(g.id)).toEqual(before);
  return r.ok ? '' : r.error.message;
}

describe('amending the start date', () => {
  it('moves the start, recorded with old and new value, reason and who', () => {
    const g = grant();
    expect(w.coordinator.call('grants.amend', { id: g.id, startDate: '2025-12-15', reason: 'Agreement signed earlier' })).toMatchObject({ ok: true, value: { startDate: '2025-12-15', changed: ['start_date'] } });
    expect(grantRow(g.id).start_date).toBe('2025-12-15');
    expect(amendments(g.id)).toEqual([{ field: 'start_date', oldValue: '2026-01-01', newValue: '2025-12-15', reason: 'Agreement signed earlier', madeBy: coordinatorId() }]);
    expect(one<{ reason: string }>("SELECT reason FROM audit_entries WHERE table_name = 'grants' AND record_id = ? ORDER BY seq DESC LIMIT 1", String(g.id)).reason).toBe('Agreement signed earlier');
  });

  it('refuses a start after the first tranche, naming it, or after the end', () => {
    const g = grant();
    const message = refused(g, { startDate: '2026-03-02' }, 'startDate', 'after_tranche');
    expect(message).toContain('tranche 1');
    expect(message).toContain('2026-03-01');
    refused(g, { startDate: '2027-01-15' }, 'startDate', 'after_end');
    refused(g, { startDate: '2026-06-01', endDate: '2026-05-01' }, 'endDate', 'rule');
  });

  it('ignores a cancelled first tranche', () => {
    const g = grant();
    value(w.coordinator.call('tranches.cancel', { id: g.tranches[0]!, reason: 'Start delayed' }));
    refused(g, { startDate: '2026-06-02' }, 'startDate', 'after_tranche');
    expect(w.coordinator.call('grants.amend', { id: g.id, startDate: '2026-06-01', reason: 'Start delayed to June' }).ok).toBe(true);
    expect(grantRow(g.id).start_date).toBe('2026-06-01');
  });
});

describe('amending the grantee', () => {
  it('hands the grant to another organisation, recording the organisation ids', () => {
    const g = grant();
    const other = one<{ id: number }>('SELECT id FROM organisations WHERE id NOT IN (?, ?) ORDER BY id LIMIT 1', orgId(GRANTOR), orgId(GRANTEE)).id;
    expect(w.coordinator.call('grants.amend', { id: g.id, granteeId: other, reason: 'Project moved to a partner NGO' })).toMatchObject({ ok: true, value: { granteeId: other, changed: ['grantee_id'] } });
    expect(grantRow(g.id).grantee_id).toBe(other);
    expect(amendments(g.id)).toEqual([{ field: 'grantee_id', oldValue: String(orgId(GRANTEE)), newValue: String(other), reason: 'Project moved to a partner NGO', madeBy: coordinatorId() }]);
  });

  it('refuses an unknown organisation and the grantor itself', () => {
    const g = grant();
    refused(g, { granteeId: 999_999 }, 'granteeId', 'not_found');
    refused(g, { granteeId: orgId(GRANTOR) }, 'granteeId', 'same_as_grantor');
  });

  it('refuses once money has been disbursed, saying why', () => {
    const g = grant();
    value(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!, paidDate: '2026-03-05', amountMinor: 33_333, currency: 'EUR', bankAccountId: g.account }));
    const other = one<{ id: number }>('SELECT id FROM organisations WHERE id NOT IN (?, ?) ORDER BY id LIMIT 1', orgId(GRANTOR), orgId(GRANTEE)).id;
    expect(refused(g, { granteeId: other }, 'granteeId', 'disbursed')).toContain('can no longer change');
  });
});

describe('amending the currency', () => {
  it('re-denominates the unpaid tranches in proportion, adding up to the new amount exactly', () => {
    const g = grant();
    const r = w.coordinator.call('grants.amend', { id: g.id, currency: 'RSD', amountMinor: 11_717_540, reason: 'Funder pays in dinars' });
    expect(r).toMatchObject({ ok: true, value: { currency: 'RSD', amountMinor: 11_717_540, changed: ['currency', 'amount_minor'] } });
    expect(grantRow(g.id)).toMatchObject({ currency: 'RSD', amount_minor: 11_717_540 });
    // 11,717,540 × 33,333 / 100,000 = 3,905,807.608… twice and × 33,334 = 3,905,924.784: the floors
    // leave 2 minor units, which go to the largest remainders (the third, then the first).
    expect(trancheRows(g.id).map((t) => [t.amountMinor, t.currency])).toEqual([
      [3_905_808, 'RSD'],
      [3_905_807, 'RSD'],
      [3_905_925, 'RSD'],
    ]);
    expect(amendments(g.id)).toEqual([
      { field: 'currency', oldValue: 'EUR', newValue: 'RSD', reason: 'Funder pays in dinars', madeBy: coordinatorId() },
      { field: 'amount_minor', oldValue: '100000', newValue: '11717540', reason: 'Funder pays in dinars', madeBy: coordinatorId() },
    ]);
    const detail = value<{ totals: { scheduledMinor: number }; grant: { currency: string } }>(w.coordinator.call('grants.get', { id: g.id }));
    expect(detail).toMatchObject({ grant: { currency: 'RSD' }, totals: { scheduledMinor: 11_717_540 } });
    expect(verifyAudit(sqlite()).ok).toBe(true);
  });

  it('keeps a cancelled tranche out of the new schedule, scaled for the record', () => {
    const g = grant();
    value(w.coordinator.call('tranches.cancel', { id: g.tranches[2]!, reason: 'Last quarter dropped' }));
    value(w.coordinator.call('grants.amend', { id: g.id, currency: 'MKD', amountMinor: 6_150_000, reason: 'Funder pays in denars' }));
    const rows = trancheRows(g.id);
    expect(rows.map((t) => t.currency)).toEqual(['MKD', 'MKD', 'MKD']);
    // Weights 33,333, 33,333 and the unscheduled 33,334: the live tranches keep their share only.
    expect(rows.map((t) => t.amountMinor)).toEqual([2_049_980, 2_049_979, 2_050_041]);
    expect(rows[2]!.status).toBe('cancelled');
    const rec = value<{ scheduledMinor: number }>(w.coordinator.call('reconciliation.grant', { grantId: g.id }));
    expect(rec.scheduledMinor).toBe(4_099_959);
  });

  it('needs the amount in the new currency', () => {
    const g = grant();
    expect(refused(g, { currency: 'RSD' }, 'amountMinor', 'required')).toContain('RSD');
  });

  it('refuses a code that is not ISO 4217', () => {
    const g = grant();
    refused(g, { currency: 'XYZ', amountMinor: 100 }, 'currency', 'custom');
  });

  it('refuses once money has been disbursed', () => {
    const g = grant();
    value(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!, paidDate: '2026-03-05', amountMinor: 33_333, currency: 'EUR', bankAccountId: g.account }));
    refused(g, { currency: 'RSD', amountMinor: 11_717_540 }, 'currency', 'money_moved');
  });

  it('refuses once money has been received', () => {
    const g = grant();
    value(w.finance.call('receipts.record', { grantId: g.id, receivedDate: '2026-03-07', amountMinor: 10_000, currency: 'EUR' }));
    refused(g, { currency: 'RSD', amountMinor: 11_717_540 }, 'currency', 'money_moved');
  });

  it('refuses an amount too small to give every tranche a minor unit', () => {
    const g = grant();
    refused(g, { currency: 'JPY', amountMinor: 2 }, 'amountMinor', 'too_small_to_split');
  });

  it('refuses the current currency with nothing else changing', () => {
    const g = grant();
    refused(g, { currency: 'EUR' }, 'amountMinor', 'unchanged');
  });
});
