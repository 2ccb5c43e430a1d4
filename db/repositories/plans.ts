/** Writes for funding plans, their yearly needs and cost lines, funders' pledges and impact indicators. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { fundingPlanYears, fundingPlans, impactIndicators, planCostLines, pledges } from '../schema';

export type NewFundingPlan = typeof fundingPlans.$inferInsert;
export type NewFundingPlanYear = typeof fundingPlanYears.$inferInsert;
export type NewPledge = typeof pledges.$inferInsert;

export function insertFundingPlan(db: Db, values: NewFundingPlan): number {
  return db.insert(fundingPlans).values(values).returning({ id: fundingPlans.id }).get().id;
}

export function insertFundingPlanYear(db: Db, values: NewFundingPlanYear): number {
  return db.insert(fundingPlanYears).values(values).returning({ id: fundingPlanYears.id }).get().id;
}

export function insertPledge(db: Db, values: NewPledge): number {
  return db.insert(pledges).values(values).returning({ id: pledges.id }).get().id;
}

export type NewCostLine = typeof planCostLines.$inferInsert;
export type NewIndicator = typeof impactIndicators.$inferInsert;

/** Changes a plan's own fields and counts the revision. */
export function revisePlan(db: Db, id: number, fields: Partial<Pick<NewFundingPlan, 'title' | 'programme' | 'organisationId' | 'notes'>>, at: string): void {
  db.update(fundingPlans).set({ ...fields, revision: sql`${fundingPlans.revision} + 1`, updatedAt: at }).where(eq(fundingPlans.id, id)).run();
}

/** Replaces a plan year's cost lines and sets its need to their sum. */
export function replaceCostLines(db: Db, planYearId: number, lines: Omit<NewCostLine, 'planYearId'>[], needMinor: number): void {
  db.delete(planCostLines).where(eq(planCostLines.planYearId, planYearId)).run();
  if (lines.length) db.insert(planCostLines).values(lines.map((l) => ({ ...l, planYearId }))).run();
  db.update(fundingPlanYears).set({ needMinor }).where(eq(fundingPlanYears.id, planYearId)).run();
}

export function updatePledge(db: Db, id: number, fields: Partial<Pick<NewPledge, 'amountMinor' | 'currency' | 'pledgedDate' | 'grantId' | 'status' | 'committedDate' | 'withdrawnDate'>>): void {
  db.update(pledges).set(fields).where(eq(pledges.id, id)).run();
}

export function insertIndicator(db: Db, values: NewIndicator): number {
  return db.insert(impactIndicators).values(values).returning({ id: impactIndicators.id }).get().id;
}

export function updateIndicator(db: Db, id: number, fields: Partial<Pick<NewIndicator, 'target' | 'actual' | 'updatedBy' | 'updatedAt'>>): void {
  db.update(impactIndicators).set(fields).where(eq(impactIndicators.id, id)).run();
}
