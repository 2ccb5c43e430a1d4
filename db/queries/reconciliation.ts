import { sql } from 'drizzle-orm';
import type { Db } from '../open';

export type PaymentLine = { id: number; paidDate: string; grantAmountMinor: number; matched: number; bankReference: string | null; awaitingApproval: boolean };
export type ReceiptLine = { id: number; receivedDate: string; grantAmountMinor: number; matched: number; bankReference: string | null };

/** A grant's disbursements and receipts with how much of each is matched (grant currency). */
export function reconciliationLines(db: Db, grantId: number): { payments: PaymentLine[]; receipts: ReceiptLine[]; scheduled: number } {
  const payments = db
    .all<Omit<PaymentLine, 'awaitingApproval'> & { awaiting: number }>(sql`
    SELECT d.id AS id, d.paid_date AS paidDate, d.grant_amount_minor AS grantAmountMinor, d.bank_reference AS bankReference,
           COALESCE((SELECT SUM(m.amount_minor) FROM receipt_matches m WHERE m.disbursement_id = d.id), 0)
             + COALESCE((SELECT SUM(x.amount_minor) FROM payment_differences x WHERE x.disbursement_id = d.id), 0) AS matched,
           (d.approval_required IS 1 AND d.approved_by IS NULL) AS awaiting
    FROM disbursements d WHERE d.grant_id = ${grantId} ORDER BY d.paid_date, d.id`)
    .map(({ awaiting, ...p }) => ({ ...p, awaitingApproval: awaiting === 1 }));
  const receipts = db.all<ReceiptLine>(sql`
    SELECT r.id AS id, r.received_date AS receivedDate, r.grant_amount_minor AS grantAmountMinor, r.bank_reference AS bankReference,
           COALESCE((SELECT SUM(m.amount_minor) FROM receipt_matches m WHERE m.receipt_id = r.id), 0) AS matched
    FROM receipts r WHERE r.grant_id = ${grantId} ORDER BY r.received_date, r.id`);
  const scheduled = db.get<{ s: number }>(sql`SELECT COALESCE(SUM(amount_minor), 0) AS s FROM tranches WHERE grant_id = ${grantId} AND status <> 'cancelled'`)?.s ?? 0;
  return { payments, receipts, scheduled };
}
