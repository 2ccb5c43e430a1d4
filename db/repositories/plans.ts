/** Plain inserts for funding plans, their yearly needs and funders' pledges. */
import type { Db } from '../open';
import { fundingPlanYears, fundingPlans, pledges } from '../schema';

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
