/** Plain inserts for grants and their tranches. */
import type { Db } from '../open';
import { grants, tranches } from '../schema';

export type NewGrant = typeof grants.$inferInsert;
export type NewTranche = typeof tranches.$inferInsert;

export function insertGrant(db: Db, values: NewGrant): number {
  return db.insert(grants).values(values).returning({ id: grants.id }).get().id;
}

export function insertTranche(db: Db, values: NewTranche): number {
  return db.insert(tranches).values(values).returning({ id: tranches.id }).get().id;
}
