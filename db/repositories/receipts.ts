/** Plain inserts for receipts (money a grantee recorded as arrived) and their matches to disbursements. */
import type { Db } from '../open';
import { receiptMatches, receipts } from '../schema';

export type NewReceipt = typeof receipts.$inferInsert;
export type NewReceiptMatch = typeof receiptMatches.$inferInsert;

export function insertReceipt(db: Db, values: NewReceipt): number {
  return db.insert(receipts).values(values).returning({ id: receipts.id }).get().id;
}

export function insertReceiptMatch(db: Db, values: NewReceiptMatch): number {
  return db.insert(receiptMatches).values(values).returning({ id: receiptMatches.id }).get().id;
}
