import { eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { paymentDifferences, receiptMatches, receipts } from '../schema';

export function insertReceiptRow(db: Db, v: typeof receipts.$inferInsert): number {
  return db.insert(receipts).values(v).returning({ id: receipts.id }).get().id;
}

export function insertMatch(db: Db, v: typeof receiptMatches.$inferInsert): void {
  db.insert(receiptMatches).values(v).run();
}

/** A receipt with how much of it (grant currency) is not yet matched to disbursements. */
export function receiptWithRemainder(db: Db, id: number) {
  return db.get<{ id: number; grantId: number; receivedDate: string; grantAmountMinor: number; bankReference: string | null; matched: number }>(sql`
    SELECT r.id AS id, r.grant_id AS grantId, r.received_date AS receivedDate, r.grant_amount_minor AS grantAmountMinor,
           r.bank_reference AS bankReference,
           COALESCE((SELECT SUM(m.amount_minor) FROM receipt_matches m WHERE m.receipt_id = r.id), 0) AS matched
    FROM receipts r WHERE r.id = ${id}`);
}

/** `matched`: what receipts and recorded differences (exchange difference, bank charge) settle of it. */
export type OpenDisbursement = { id: number; paidDate: string; grantAmountMinor: number; bankReference: string | null; matched: number };

/** A grant's disbursements that are not fully matched by receipts (or recorded differences) yet, oldest first. */
export function openDisbursements(db: Db, grantId: number): OpenDisbursement[] {
  return db.all<OpenDisbursement>(sql`
    SELECT d.id AS id, d.paid_date AS paidDate, d.grant_amount_minor AS grantAmountMinor, d.bank_reference AS bankReference,
           COALESCE((SELECT SUM(m.amount_minor) FROM receipt_matches m WHERE m.disbursement_id = d.id), 0)
             + COALESCE((SELECT SUM(x.amount_minor) FROM payment_differences x WHERE x.disbursement_id = d.id), 0) AS matched
    FROM disbursements d WHERE d.grant_id = ${grantId}
    ORDER BY d.paid_date, d.id`).filter((d) => d.matched < d.grantAmountMinor);
}

export function disbursementWithRemainder(db: Db, id: number): (OpenDisbursement & { grantId: number }) | undefined {
  return db.get<OpenDisbursement & { grantId: number }>(sql`
    SELECT d.id AS id, d.grant_id AS grantId, d.paid_date AS paidDate, d.grant_amount_minor AS grantAmountMinor, d.bank_reference AS bankReference,
           COALESCE((SELECT SUM(m.amount_minor) FROM receipt_matches m WHERE m.disbursement_id = d.id), 0)
             + COALESCE((SELECT SUM(x.amount_minor) FROM payment_differences x WHERE x.disbursement_id = d.id), 0) AS matched
    FROM disbursements d WHERE d.id = ${id}`);
}

export function receiptExists(db: Db, id: number): boolean {
  return db.select({ id: receipts.id }).from(receipts).where(eq(receipts.id, id)).get() !== undefined;
}

export function insertPaymentDifference(db: Db, v: typeof paymentDifferences.$inferInsert): number {
  return db.insert(paymentDifferences).values(v).returning({ id: paymentDifferences.id }).get().id;
}

/** The differences recorded against a grant's payments, oldest first. */
export function differencesOfGrant(db: Db, grantId: number) {
  return db.all<{ id: number; disbursementId: number; kind: string; amountMinor: number; reason: string }>(sql`
    SELECT x.id AS id, x.disbursement_id AS disbursementId, x.kind AS kind, x.amount_minor AS amountMinor, x.reason AS reason
    FROM payment_differences x WHERE x.grant_id = ${grantId} ORDER BY x.id`);
}
