import { eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { currencies, disbursements, users } from '../schema';

/** What approving a disbursement needs to know about it. */
export function disbursementForApproval(db: Db, id: number) {
  return db
    .select({
      id: disbursements.id,
      amountMinor: disbursements.amountMinor,
      currency: disbursements.currency,
      minorUnits: currencies.minorUnits,
      paidDate: disbursements.paidDate,
      recordedBy: disbursements.recordedBy,
      approvedBy: disbursements.approvedBy,
      approvedByName: users.displayName,
      approvalRequired: disbursements.approvalRequired,
      trancheId: disbursements.trancheId,
    })
    .from(disbursements)
    .innerJoin(currencies, eq(currencies.code, disbursements.currency))
    .leftJoin(users, eq(users.id, disbursements.approvedBy))
    .where(eq(disbursements.id, id))
    .get();
}

export function setDisbursementApprover(db: Db, id: number, userId: number, at: string): void {
  db.update(disbursements).set({ approvedBy: userId, approvedAt: at }).where(eq(disbursements.id, id)).run();
}

/** A payment awaiting its second approval, for the approvers' list. */
export type AwaitingApprovalRow = {
  id: number;
  grantId: number;
  reference: string;
  grantee: string;
  paidDate: string;
  amountMinor: number;
  currency: string;
  bankReference: string | null;
  recordedBy: number | null;
  recordedByName: string | null;
};

/** Every payment still awaiting its second approval, oldest first (through the partial index). */
export function awaitingApproval(db: Db): AwaitingApprovalRow[] {
  return db.all<AwaitingApprovalRow>(sql`
    SELECT d.id AS id, d.grant_id AS grantId, g.reference AS reference, o.name AS grantee, d.paid_date AS paidDate,
           d.amount_minor AS amountMinor, d.currency AS currency, d.bank_reference AS bankReference,
           d.recorded_by AS recordedBy, u.display_name AS recordedByName
    FROM disbursements d INDEXED BY disbursements_awaiting_idx
    JOIN grants g ON g.id = d.grant_id
    JOIN organisations o ON o.id = g.grantee_id
    LEFT JOIN users u ON u.id = d.recorded_by
    WHERE d.approval_required = 1 AND d.approved_by IS NULL
    ORDER BY d.paid_date, d.id`);
}
