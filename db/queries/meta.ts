import { eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { meta } from '../schema';

/** A value from the meta table, or undefined. */
export function getMeta(db: Db, key: string): string | undefined {
  return db.select({ value: meta.value }).from(meta).where(eq(meta.key, key)).get()?.value;
}

/** Sets a meta value, replacing any earlier one. */
export function setMeta(db: Db, key: string, value: string): void {
  db.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();
}

/** Row counts of the main tables, for the status bar and for tests. */
export function tableCounts(db: Db) {
  return db.get<{ organisations: number; grants: number; tranches: number; disbursements: number; receipts: number }>(sql`
    SELECT (SELECT COUNT(*) FROM organisations) AS organisations, (SELECT COUNT(*) FROM grants) AS grants,
           (SELECT COUNT(*) FROM tranches) AS tranches, (SELECT COUNT(*) FROM disbursements) AS disbursements,
           (SELECT COUNT(*) FROM receipts) AS receipts`)!;
}
