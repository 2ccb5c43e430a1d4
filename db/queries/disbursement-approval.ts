import { eq } from 'drizzle-orm';
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
    })
    .from(disbursements)
    .innerJoin(currencies, eq(currencies.code, disbursements.currency))
    .leftJoin(users, eq(users.id, disbursements.approvedBy))
    .where(eq(disbursements.id, id))
    .get();
}

export function setDisbursementApprover(db: Db, id: number, userId: number): void {
  db.update(disbursements).set({ approvedBy: userId }).where(eq(disbursements.id, id)).run();
}
