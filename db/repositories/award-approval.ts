/** The approval record of a grant's award: who approved it, when, and the decision date. */
import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { grants } from '../schema';

export function setAwardApproval(db: Db, grantId: number, by: number | null, at: string, today: string): void {
  const g = db.select({ decisionDate: grants.decisionDate }).from(grants).where(eq(grants.id, grantId)).get();
  if (!g) return;
  db.update(grants).set({ awardApprovedBy: by, awardApprovedAt: at, decisionDate: g.decisionDate ?? today }).where(eq(grants.id, grantId)).run();
}
