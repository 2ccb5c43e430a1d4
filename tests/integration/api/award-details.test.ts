import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, Output } from '../../../core/api/handlers';
import type { Result } from '../../../core/api/errors';
import { verifyAudit } from '../../../core/services/audit';
import { asSession, demoCore, signInAs, TEST_NOW } from '../../support/demo-core';

let env: ReturnType<typeof demoCore>;
beforeEach(() => {
  env = demoCore();
});
afterEach(() => env.cleanup());

const db = () => env.raw.ctx.db.$client;
const one = <T>(q: string, ...args: unknown[]) => db().prepare(q).get(...args) as T;
const as = (username: string) => {
  const core = asSession(env.raw, signInAs(env.raw, username));
  return { call: <K extends MethodName>(name: K, input: unknown) => core.call(name, input) as Result<Output<K>> };
};
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const counts = () => ['grants', 'budget_lines', 'audit_entries'].map((t) => one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`).n);

function setUp() {
  const coord = as('coordinator');
  const grantee = one<{ id: number }>("SELECT id FROM organisations WHERE kind = 'ngo' AND country = 'RS' ORDER BY id LIMIT 1").id;
  const other = one<{ id: number }>("SELECT id FROM organisations WHERE kind = 'ngo' AND country = 'AL' ORDER BY id LIMIT 1").id;
  const grantor = one<{ id: number }>("SELECT id FROM organisations WHERE name = 'OSCE Mission to Serbia'").id;
  const line = (organisationId: number) =>
    value(coord.call('organisations.addBudgetLine', { organisationId, purpose: 'hotline', description: 'Hotline staff 2027', startDate: '2027-01-01', endDate: '2027-12-31', amountMinor: 6_000_000, currency: 'EUR' })).id;
  const grant = {
    reference: 'OSCE-RS-2027-001', title: 'Hotline 2027', purpose: 'hotline', grantorId: grantor, granteeId: grantee, country: 'RS', amountMinor: 5_000_000, currency: 'EUR',
    startDate: '2027-01-01', endDate: '2027-12-31', awardMethod: 'restricted', agreementSignedDate: '2026-12-15',
  };
  return { coord, grantee, other, line, grant };
}

describe('award details on grants', () => {
  it('keeps the selection method, dates and budget line; approving records who and when', () => {
    const { coord, grantee, line, grant } = setUp();
    const lineId = line(grantee);
    const { id } = value(coord.call('grants.create', { ...grant, budgetLineId: lineId }));
    expect(value(coord.call('grants.transition', { id, to: 'approved' })).status).toBe('approved');
    const g = value(as('auditor').call('grants.get', { id }));
    expect(g.grant).toMatchObject({
      awardMethod: 'restricted', agreementSignedDate: '2026-12-15', budgetLineId: lineId, budgetLine: 'Hotline staff 2027',
      awardApprovedBy: 'Demo Coordinator', awardApprovedAt: new Date(TEST_NOW).toISOString(), decisionDate: TEST_NOW.slice(0, 10),
    });
    const entry = one<{ after_json: string; user_id: number }>("SELECT after_json, user_id FROM audit_entries WHERE table_name = 'grants' AND record_id = ? ORDER BY seq DESC LIMIT 1", String(id));
    expect(JSON.parse(entry.after_json)).toMatchObject({ award_approved_by: entry.user_id, status: 'approved' });
    expect(verifyAudit(db()).ok).toBe(true);
  });

  it('keeps a decision date recorded before approval', () => {
    const { coord, grant } = setUp();
    const { id } = value(coord.call('grants.create', { ...grant, decisionDate: '2026-12-01' }));
    value(coord.call('grants.transition', { id, to: 'approved' }));
    expect(one<{ decision_date: string }>('SELECT decision_date FROM grants WHERE id = ?', id).decision_date).toBe('2026-12-01');
  });

  it('refuses a budget line of another organisation and a signature before the decision, writing nothing', () => {
    const { coord, other, line, grant } = setUp();
    const foreign = line(other);
    for (const [input, path] of [
      [{ ...grant, budgetLineId: foreign }, 'budgetLineId'],
      [{ ...grant, budgetLineId: 999_999 }, 'budgetLineId'],
      [{ ...grant, decisionDate: '2026-12-20' }, 'agreementSignedDate'],
    ] as const) {
      const before = counts();
      const r = coord.call('grants.create', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [expect.objectContaining({ path })] } });
      expect(counts()).toEqual(before);
    }
  });
});
