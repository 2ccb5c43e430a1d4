/** Plain insert for a disbursement (money released by a funder). */
import type { Db } from '../open';
import { disbursements } from '../schema';

export type NewDisbursement = typeof disbursements.$inferInsert;

export function insertDisbursement(db: Db, values: NewDisbursement): number {
  return db.insert(disbursements).values(values).returning({ id: disbursements.id }).get().id;
}
