import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audited, verifyAudit } from '../../../core/services/audit';
import { asSession, demoCore, signInAs, TEST_NOW } from '../../support/demo-core';

let env: ReturnType<typeof demoCore>;
beforeEach(() => {
  env = demoCore();
});
afterEach(() => env.cleanup());

const db = () => env.raw.ctx.db.$client;
const one = <T>(q: string, ...args: unknown[]) => db().prepare(q).get(...args) as T;
const as = (username: string) => asSession(env.raw, signInAs(env.raw, username));
const userId = (username: string) => one<{ id: number }>('SELECT id FROM users WHERE username = ?', username).id;
const refusals = () => db().prepare('SELECT method, role, reason FROM access_refusals ORDER BY id').all() as { method: string; role: string; reason: string }[];

/** A disbursement of EUR 25,000 recorded by `username`, written as Tranche would (audited, sealed). */
function recordedBy(username: string): number {
  const id = one<{ id: number }>("SELECT d.id FROM disbursements d WHERE d.currency = 'EUR' ORDER BY d.id LIMIT 1").id;
  db()
    .transaction(() =>
      audited(db(), { userId: userId(username), at: TEST_NOW, reason: 'test set-up' }, () =>
        db().prepare('UPDATE disbursements SET recorded_by = ?, approved_by = NULL, approved_at = NULL, approval_required = 1, amount_minor = 2500000 WHERE id = ?').run(userId(username), id),
      ),
    )
    .immediate();
  return id;
}

describe('four-eyes on disbursements', () => {
  it('refuses a finance officer approving their own disbursement, logs the refusal, and lets another approve', () => {
    const id = recordedBy('finance');
    const own = as('finance').call('disbursements.approve', { id });
    expect(own).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'own_record' } } });
    expect(one<{ a: number | null }>('SELECT approved_by AS a FROM disbursements WHERE id = ?', id).a).toBeNull();
    expect(refusals()).toEqual([{ method: 'disbursements.approve', role: 'finance_officer', reason: `You recorded disbursement ${id}; another person must approve it (four-eyes)` }]);

    const other = as('finance2').call('disbursements.approve', { id });
    expect(other).toMatchObject({ ok: true, value: { id, approvedBy: userId('finance2'), approvalRequired: true } });
    expect(as('coordinator').call('disbursements.approve', { id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(verifyAudit(db()).ok).toBe(true);
  });

  it('keeps administrators and funder-auditors from approving payments', () => {
    const id = recordedBy('finance');
    for (const u of ['admin', 'auditor']) {
      expect(as(u).call('disbursements.approve', { id }), u).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(refusals().map((r) => r.role)).toEqual(['administrator', 'funder_auditor']);
  });

  it('uses a threshold only an administrator may change, and the change is audited', () => {
    expect(env.core.call('settings.get', {})).toEqual({ ok: true, value: { fourEyesThresholdEurMinor: 1_000_000, fxToleranceBasisPoints: 100 } });
    expect(as('coordinator').call('settings.setFourEyesThreshold', { thresholdEurMinor: 100 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(env.core.call('settings.setFourEyesThreshold', { thresholdEurMinor: 5_000_000 }).ok).toBe(true);
    const id = recordedBy('finance');
    expect(as('finance2').call('disbursements.approve', { id })).toMatchObject({ ok: true, value: { approvalRequired: false } });
    const entry = one<{ after_json: string; user_id: number }>("SELECT after_json, user_id FROM audit_entries WHERE table_name = 'meta' AND record_id = 'four_eyes.threshold_eur_minor'");
    expect(entry.user_id).toBe(userId('admin'));
    expect(JSON.parse(entry.after_json)).toMatchObject({ value: '5000000' });
  });
});

describe('grant lifecycle', () => {
  const draft = () => one<{ id: number }>("SELECT id FROM grants WHERE status = 'draft' ORDER BY id LIMIT 1").id;
  const status = (id: number) => one<{ s: string }>('SELECT status AS s FROM grants WHERE id = ?', id).s;

  it('refuses a funder-auditor changing a grant, and logs the refusal', () => {
    const id = draft();
    expect(as('auditor').call('grants.transition', { id, to: 'approved' })).toMatchObject({ ok: false, error: { code: 'forbidden', params: { role: 'funder_auditor' } } });
    expect(status(id)).toBe('draft');
    expect(refusals()).toEqual([{ method: 'grants.transition', role: 'funder_auditor', reason: 'role funder_auditor may not call grants.transition' }]);
    expect(one<{ n: number }>("SELECT COUNT(*) AS n FROM audit_entries WHERE table_name = 'access_refusals' AND user_id = ?", userId('auditor')).n).toBe(1);
  });

  it('moves only along the lifecycle, with a reason where one is needed', () => {
    const id = draft();
    const coordinator = as('coordinator');
    expect(coordinator.call('grants.transition', { id, to: 'active' })).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'to' }] } });
    expect(coordinator.call('grants.transition', { id, to: 'approved' })).toEqual({ ok: true, value: { id, status: 'approved' } });
    expect(coordinator.call('grants.transition', { id, to: 'cancelled' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'reason' }] } });
    expect(status(id)).toBe('approved');
    expect(coordinator.call('grants.transition', { id, to: 'cancelled', reason: 'Grantee withdrew its application' }).ok).toBe(true);
    const entry = one<{ reason: string; user_id: number }>("SELECT reason, user_id FROM audit_entries WHERE table_name = 'grants' AND record_id = ? ORDER BY seq DESC LIMIT 1", String(id));
    expect(entry).toEqual({ reason: 'Grantee withdrew its application', user_id: userId('coordinator') });
    expect(coordinator.call('grants.transition', { id, to: 'active' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('allowed: none: it is final') } });
  });
});
