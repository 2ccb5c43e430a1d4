/** Reads for funding plans, their cost lines, pledges and indicators, and the grants pledges link to. */
import type { Db } from '../open';

export type PlanRow = {
  id: number; title: string; programme: string; country: string; organisationId: number; organisationName: string;
  startYear: number; endYear: number; currency: string; notes: string | null; revision: number; createdAt: string; updatedAt: string | null;
};
const PLAN_COLUMNS = `p.id, p.title, p.programme, p.country, p.organisation_id AS organisationId, o.name AS organisationName,
  p.start_year AS startYear, p.end_year AS endYear, p.currency, p.notes, p.revision, p.created_at AS createdAt, p.updated_at AS updatedAt`;

export function planById(db: Db, id: number): PlanRow | undefined {
  return db.$client.prepare(`SELECT ${PLAN_COLUMNS} FROM funding_plans p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?`).get(id) as PlanRow | undefined;
}

export function allPlans(db: Db): PlanRow[] {
  return db.$client.prepare(`SELECT ${PLAN_COLUMNS} FROM funding_plans p JOIN organisations o ON o.id = p.organisation_id ORDER BY p.country, p.start_year, p.id`).all() as PlanRow[];
}

export type PlanYearRow = { id: number; planId: number; year: number; needMinor: number };
export function planYears(db: Db, planId: number): PlanYearRow[] {
  return db.$client.prepare('SELECT id, plan_id AS planId, year, need_minor AS needMinor FROM funding_plan_years WHERE plan_id = ? ORDER BY year').all(planId) as PlanYearRow[];
}
export function allPlanYears(db: Db): PlanYearRow[] {
  return db.$client.prepare('SELECT id, plan_id AS planId, year, need_minor AS needMinor FROM funding_plan_years').all() as PlanYearRow[];
}

export type CostLineRow = {
  id: number; year: number; kind: string; label: string | null; headcount: number | null; unitCostMinor: number | null;
  trainingHours: number | null; trainingHourCostMinor: number | null; amountMinor: number;
};
export function costLinesOfPlan(db: Db, planId: number): CostLineRow[] {
  return db.$client
    .prepare(`SELECT l.id, y.year, l.kind, l.label, l.headcount, l.unit_cost_minor AS unitCostMinor, l.training_hours AS trainingHours,
                     l.training_hour_cost_minor AS trainingHourCostMinor, l.amount_minor AS amountMinor
              FROM plan_cost_lines l JOIN funding_plan_years y ON y.id = l.plan_year_id WHERE y.plan_id = ? ORDER BY y.year, l.id`)
    .all(planId) as CostLineRow[];
}

export type PledgeRow = {
  id: number; planId: number; funderId: number; funderName: string; year: number; amountMinor: number; currency: string;
  status: 'pledged' | 'committed' | 'withdrawn'; grantId: number | null; grantReference: string | null;
  pledgedDate: string; committedDate: string | null; withdrawnDate: string | null;
};
const PLEDGE_COLUMNS = `x.id, x.plan_id AS planId, x.funder_id AS funderId, f.name AS funderName, x.year, x.amount_minor AS amountMinor, x.currency,
  x.status, x.grant_id AS grantId, g.reference AS grantReference, x.pledged_date AS pledgedDate, x.committed_date AS committedDate, x.withdrawn_date AS withdrawnDate`;
export function pledgesOfPlan(db: Db, planId: number): PledgeRow[] {
  return db.$client
    .prepare(`SELECT ${PLEDGE_COLUMNS} FROM pledges x JOIN organisations f ON f.id = x.funder_id LEFT JOIN grants g ON g.id = x.grant_id WHERE x.plan_id = ? ORDER BY x.year, x.id`)
    .all(planId) as PledgeRow[];
}
export function pledgeById(db: Db, id: number): PledgeRow | undefined {
  return db.$client.prepare(`SELECT ${PLEDGE_COLUMNS} FROM pledges x JOIN organisations f ON f.id = x.funder_id LEFT JOIN grants g ON g.id = x.grant_id WHERE x.id = ?`).get(id) as PledgeRow | undefined;
}

/** Every pledge that counts (not withdrawn, or withdrawn after its grant paid), for the plans overview: only what coverage needs. */
export type CoveragePledgeRow = { id: number; planId: number; funderId: number; year: number; amountMinor: number; currency: string; status: 'pledged' | 'committed' | 'withdrawn'; pledgedDate: string; grantId: number | null };
export function countingPledges(db: Db): CoveragePledgeRow[] {
  return db.$client
    .prepare(`SELECT id, plan_id AS planId, funder_id AS funderId, year, amount_minor AS amountMinor, currency, status, pledged_date AS pledgedDate, grant_id AS grantId
              FROM pledges WHERE status <> 'withdrawn' OR grant_id IS NOT NULL`)
    .all() as CoveragePledgeRow[];
}

/** Another pledge of the same plan year already carried by this grant. */
export function pledgeOfGrantInYear(db: Db, planId: number, year: number, grantId: number, exceptId: number | null): number | undefined {
  const row = db.$client.prepare("SELECT id FROM pledges WHERE plan_id = ? AND year = ? AND grant_id = ? AND status <> 'withdrawn' AND id IS NOT ? LIMIT 1").get(planId, year, grantId, exceptId) as { id: number } | undefined;
  return row?.id;
}

export type LinkableGrant = { id: number; reference: string; grantorId: number; country: string; currency: string; status: string };
export function grantForPledge(db: Db, id: number): LinkableGrant | undefined {
  return db.$client.prepare('SELECT id, reference, grantor_id AS grantorId, country, currency, status FROM grants WHERE id = ?').get(id) as LinkableGrant | undefined;
}

export type GrantMoneyRows = {
  grants: { id: number; status: string; currency: string }[];
  disbursements: { grantId: number; paidDate: string; amountMinor: number; currency: string }[];
  scheduled: { grantId: number; year: number; amountMinor: number }[];
};

/**
 * What coverage needs of the grants pledges link to: status and currency, their disbursements and
 * their live tranches per year. Reads through the grant indexes (disbursements_grant_currency_idx, tranches_grant_due_idx).
 */
export function linkedGrantMoney(db: Db, grantIds: readonly number[]): GrantMoneyRows {
  if (grantIds.length === 0) return { grants: [], disbursements: [], scheduled: [] };
  const ids = JSON.stringify([...new Set(grantIds)]);
  const c = db.$client;
  return {
    grants: c.prepare('SELECT id, status, currency FROM grants WHERE id IN (SELECT value FROM json_each(?))').all(ids) as GrantMoneyRows['grants'],
    disbursements: c
      .prepare('SELECT grant_id AS grantId, paid_date AS paidDate, amount_minor AS amountMinor, currency FROM disbursements WHERE grant_id IN (SELECT value FROM json_each(?))')
      .all(ids) as GrantMoneyRows['disbursements'],
    scheduled: c
      .prepare(`SELECT grant_id AS grantId, CAST(substr(due_date, 1, 4) AS INTEGER) AS year, SUM(amount_minor) AS amountMinor
                FROM tranches WHERE grant_id IN (SELECT value FROM json_each(?)) AND status <> 'cancelled' GROUP BY grant_id, substr(due_date, 1, 4)`)
      .all(ids) as GrantMoneyRows['scheduled'],
  };
}

export type IndicatorRow = {
  id: number; planId: number | null; grantId: number | null; indicator: string; purpose: string | null; year: number; quarter: number | null;
  target: number | null; actual: number | null; updatedAt: string;
};
const INDICATOR_COLUMNS = 'id, plan_id AS planId, grant_id AS grantId, indicator, purpose, year, quarter, target, actual, updated_at AS updatedAt';
export function indicatorsOf(db: Db, owner: { planId?: number | undefined; grantId?: number | undefined }): IndicatorRow[] {
  const [col, id] = owner.planId !== undefined ? ['plan_id', owner.planId] : ['grant_id', owner.grantId];
  return db.$client.prepare(`SELECT ${INDICATOR_COLUMNS} FROM impact_indicators WHERE ${col} = ? ORDER BY indicator, purpose, year, quarter`).all(id) as IndicatorRow[];
}
export function findIndicator(db: Db, k: { planId: number | null; grantId: number | null; indicator: string; purpose: string | null; year: number; quarter: number | null }): IndicatorRow | undefined {
  return db.$client
    .prepare(`SELECT ${INDICATOR_COLUMNS} FROM impact_indicators WHERE plan_id IS ? AND grant_id IS ? AND indicator = ? AND purpose IS ? AND year = ? AND quarter IS ?`)
    .get(k.planId, k.grantId, k.indicator, k.purpose, k.year, k.quarter) as IndicatorRow | undefined;
}

/** EUR-based rate of a currency on or before a date (units per EUR). */
export function eurRateOnOrBefore(db: Db, currency: string, date: string): string | undefined {
  const row = db.$client.prepare("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = ? AND rate_date <= ? ORDER BY rate_date DESC LIMIT 1").get(currency, date) as { rate: string } | undefined;
  return row?.rate;
}

/** Grants that could carry a pledge of `funderId` to a plan in `country`: the funder's grants there, newest first. */
export function carrierGrants(db: Db, funderId: number, country: string): { id: number; reference: string; title: string; currency: string; startDate: string; endDate: string }[] {
  return db.$client
    .prepare("SELECT id, reference, title, currency, start_date AS startDate, end_date AS endDate FROM grants WHERE grantor_id = ? AND country = ? AND status NOT IN ('draft', 'cancelled') ORDER BY start_date DESC, id LIMIT 200")
    .all(funderId, country) as { id: number; reference: string; title: string; currency: string; startDate: string; endDate: string }[];
}
