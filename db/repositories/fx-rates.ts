/** Plain insert for an exchange rate (rate is an exact decimal string). */
import type { Db } from '../open';
import { fxRates } from '../schema';

export type NewFxRate = typeof fxRates.$inferInsert;

export function insertFxRate(db: Db, values: NewFxRate): number {
  return db.insert(fxRates).values(values).returning({ id: fxRates.id }).get().id;
}
