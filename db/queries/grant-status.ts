import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { grants } from '../schema';

export function grantStatusOf(db: Db, id: number) {
  return db.select({ id: grants.id, status: grants.status, reference: grants.reference }).from(grants).where(eq(grants.id, id)).get();
}

export function setGrantStatus(db: Db, id: number, status: (typeof grants.$inferSelect)['status'], at: string): void {
  db.update(grants).set({ status, updatedAt: at }).where(eq(grants.id, id)).run();
}
