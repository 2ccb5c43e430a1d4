/**
 * Coverage of funding plans read from the database: the rows a plan's coverage needs, handed to the
 * pure rules in core/domain/plan-coverage.ts. A missing exchange rate makes one plan's coverage
 * unknown (named), not the whole overview.
 */
import type { Db } from '../../db/open';
import { allPlanYears, allPlans, eurRateOnOrBefore, linkedGrantMoney, countingPledges, planById, planYears, pledgesOfPlan, type CoveragePledgeRow, type GrantMoneyRows, type PlanRow } from '../../db/queries/plans';
import { minorUnitsOf } from '../domain/currencies';
import { DEFAULT_RISK, MissingRateError, planCoverage, type CoverageInput, type CoveragePledge, type GrantYear, type PlanCoverage, type RateLookup, type RiskRule } from '../domain/plan-coverage';
import { whatIfCoverage, type WhatIf } from '../domain/plan-what-if';

/** EUR-based rates by currency and date, read once each. */
export function rateLookup(db: Db): RateLookup {
  const cache = new Map<string, string | undefined>();
  return (currency, date) => {
    if (currency === 'EUR') return '1';
    const key = `${currency}|${date}`;
    if (!cache.has(key)) cache.set(key, eurRateOnOrBefore(db, currency, date));
    return cache.get(key);
  };
}

/** The linked grants' money, per grant and year, as coverage takes it. */
export function grantYearsOf(money: GrantMoneyRows, pledges: readonly { grantId: number | null; year: number }[]): GrantYear[] {
  const grants = new Map(money.grants.map((g) => [g.id, g]));
  const out = new Map<string, GrantYear>();
  for (const p of pledges) {
    if (p.grantId === null) continue;
    const g = grants.get(p.grantId);
    const key = `${p.grantId}:${p.year}`;
    if (!g || out.has(key)) continue;
    out.set(key, { grantId: g.id, year: p.year, status: g.status, currency: g.currency, disbursements: [], scheduledMinor: null });
  }
  for (const d of money.disbursements) {
    const gy = out.get(`${d.grantId}:${Number(d.paidDate.slice(0, 4))}`);
    if (gy) (gy.disbursements as GrantYear['disbursements'][number][]).push(d);
  }
  for (const s of money.scheduled) {
    const gy = out.get(`${s.grantId}:${s.year}`);
    if (gy) gy.scheduledMinor = s.amountMinor;
  }
  return [...out.values()];
}

export type CoverageOutcome = { coverage: PlanCoverage; missingRate: null } | { coverage: null; missingRate: { currency: string; date: string } };

function compute(input: CoverageInput): CoverageOutcome {
  try {
    return { coverage: planCoverage(input), missingRate: null };
  } catch (e) {
    if (e instanceof MissingRateError) return { coverage: null, missingRate: { currency: e.currency, date: e.date } };
    throw e;
  }
}

export function coverageInput(plan: PlanRow, years: readonly { year: number; needMinor: number }[], pledges: readonly CoveragePledge[], grantYears: readonly GrantYear[], rate: RateLookup, today: string, risk: RiskRule = DEFAULT_RISK): CoverageInput {
  return { plan: { currency: plan.currency, startYear: plan.startYear, endYear: plan.endYear }, years, pledges, grantYears, minorUnits: minorUnitsOf, rate, today, risk };
}

/** One plan's coverage input, read from the database. */
export function planCoverageInput(db: Db, planId: number, today: string, risk?: RiskRule): { plan: PlanRow; input: CoverageInput } | undefined {
  const plan = planById(db, planId);
  if (!plan) return undefined;
  const pledges = pledgesOfPlan(db, planId);
  const grantYears = grantYearsOf(linkedGrantMoney(db, pledges.flatMap((p) => (p.grantId === null ? [] : [p.grantId]))), pledges);
  return { plan, input: coverageInput(plan, planYears(db, planId), pledges, grantYears, rateLookup(db), today, risk) };
}

export function coverageOf(input: CoverageInput): CoverageOutcome {
  return compute(input);
}

export function whatIfOf(input: CoverageInput, w: WhatIf) {
  try {
    return { ...whatIfCoverage(input, w), missingRate: null };
  } catch (e) {
    if (e instanceof MissingRateError) return { before: null, after: null, gapChangeMinor: [], missingRate: { currency: e.currency, date: e.date } };
    throw e;
  }
}

export type PlanOverviewRow = Omit<PlanRow, 'notes' | 'createdAt' | 'updatedAt'> & {
  total: PlanCoverage['total'] | null;
  years: { year: number; needMinor: number; paidMinor: number; committedMinor: number; pledgedMinor: number; gapMinor: number; coveredBp: number; atRisk: boolean }[];
  yearsAtRisk: number;
  missingRate: { currency: string; date: string } | null;
};

/** Every plan's coverage side by side, read in five statements whatever the number of plans. */
export function plansOverview(db: Db, today: string, risk?: RiskRule): PlanOverviewRow[] {
  const plans = allPlans(db);
  const yearsByPlan = new Map<number, { year: number; needMinor: number }[]>();
  for (const y of allPlanYears(db)) {
    const list = yearsByPlan.get(y.planId) ?? [];
    list.push(y);
    yearsByPlan.set(y.planId, list);
  }
  const pledges = countingPledges(db);
  const pledgesByPlan = new Map<number, CoveragePledgeRow[]>();
  for (const p of pledges) {
    const list = pledgesByPlan.get(p.planId) ?? [];
    list.push(p);
    pledgesByPlan.set(p.planId, list);
  }
  const grantYears = new Map(grantYearsOf(linkedGrantMoney(db, pledges.flatMap((p) => (p.grantId === null ? [] : [p.grantId]))), pledges).map((g) => [`${g.grantId}:${g.year}`, g]));
  const rate = rateLookup(db);
  return plans.map((plan) => {
    const { notes: _n, createdAt: _c, updatedAt: _u, ...head } = plan;
    const own = pledgesByPlan.get(plan.id) ?? [];
    // Only this plan's linked grant years, so each plan's coverage reads what it needs.
    const ownGrantYears = own.flatMap((p) => { const g = p.grantId === null ? undefined : grantYears.get(`${p.grantId}:${p.year}`); return g ? [g] : []; });
    const outcome = compute(coverageInput(plan, yearsByPlan.get(plan.id) ?? [], own, ownGrantYears, rate, today, risk));
    if (!outcome.coverage) return { ...head, total: null, years: [], yearsAtRisk: 0, missingRate: outcome.missingRate };
    const c = outcome.coverage;
    return {
      ...head,
      total: c.total,
      years: c.years.map((y) => ({ year: y.year, needMinor: y.needMinor, paidMinor: y.paidMinor, committedMinor: y.committedMinor, pledgedMinor: y.pledgedMinor, gapMinor: y.gapMinor, coveredBp: y.coveredBp, atRisk: y.atRisk })),
      yearsAtRisk: c.yearsAtRisk,
      missingRate: null,
    };
  });
}
