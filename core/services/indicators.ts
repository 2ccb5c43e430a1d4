/**
 * Impact indicators of a plan or a grant, per year or quarter: targets set by those who plan, actuals
 * entered by the NGO side once the period has started. Shown beside the money as cost per call and per case.
 */
import { findIndicator, indicatorsOf, planById } from '../../db/queries/plans';
import { grantForMoney } from '../../db/queries/money-flow';
import { insertIndicator, updateIndicator } from '../../db/repositories/plans';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import { fieldError } from './field-error';

export type IndicatorKey = {
  planId?: number | undefined;
  grantId?: number | undefined;
  indicator: 'hotline_calls' | 'calls_by_purpose' | 'cases_recorded' | 'tips_to_perpetrators' | 'prosecutions' | 'victims_referred' | 'staff_trained';
  purpose?: 'information' | 'report_case' | 'ask_help' | 'other' | undefined;
  year: number;
  quarter?: number | undefined;
};

/** The owner exists and the year is one of its years. */
function checkOwner(ctx: Ctx, k: IndicatorKey) {
  if (k.planId !== undefined) {
    const plan = planById(ctx.db, k.planId);
    if (!plan) throw new AppError('not_found', `Funding plan ${k.planId} does not exist`, { id: k.planId });
    if (k.year < plan.startYear || k.year > plan.endYear) throw fieldError('year', `the plan runs from ${plan.startYear} to ${plan.endYear}`, 'outside_plan', { startYear: plan.startYear, endYear: plan.endYear });
  } else {
    const g = grantForMoney(ctx.db, k.grantId!);
    if (!g) throw new AppError('not_found', `Grant ${k.grantId} does not exist`, { id: k.grantId! });
    const [first, last] = [Number(g.startDate.slice(0, 4)), Number(g.endDate.slice(0, 4))];
    if (k.year < first || k.year > last) throw fieldError('year', `the grant runs from ${first} to ${last}`, 'outside_grant', { startYear: first, endYear: last });
  }
  if ((k.purpose === undefined) !== (k.indicator !== 'calls_by_purpose')) {
    throw fieldError('purpose', k.indicator === 'calls_by_purpose' ? 'calls by purpose need the purpose' : 'only calls by purpose have a purpose', 'purpose');
  }
}

/** First day of the year or quarter. */
export const periodStart = (year: number, quarter: number | undefined) => `${year}-${String(quarter === undefined ? 1 : (quarter - 1) * 3 + 1).padStart(2, '0')}-01`;

function write(ctx: Ctx, k: IndicatorKey, fields: { target?: number | null; actual?: number | null }) {
  const key = { planId: k.planId ?? null, grantId: k.grantId ?? null, indicator: k.indicator, purpose: k.purpose ?? null, year: k.year, quarter: k.quarter ?? null };
  const at = { updatedBy: ctx.actor?.id ?? null, updatedAt: ctx.clock.now().toISOString() };
  const found = findIndicator(ctx.db, key);
  if (found) {
    updateIndicator(ctx.db, found.id, { ...fields, ...at });
    return { id: found.id };
  }
  return { id: insertIndicator(ctx.db, { ...key, ...fields, ...at }) };
}

export function setIndicatorTarget(ctx: Ctx, i: IndicatorKey & { target: number | null }) {
  checkOwner(ctx, i);
  return write(ctx, i, { target: i.target });
}

export function setIndicatorActual(ctx: Ctx, i: IndicatorKey & { actual: number | null }) {
  checkOwner(ctx, i);
  if (periodStart(i.year, i.quarter) > ctx.clock.today()) {
    throw fieldError(i.quarter === undefined ? 'year' : 'quarter', 'this period has not started yet', 'not_started', { year: i.year, ...(i.quarter === undefined ? {} : { quarter: i.quarter }) });
  }
  return write(ctx, i, { actual: i.actual });
}

export function listIndicators(ctx: Ctx, owner: { planId?: number | undefined; grantId?: number | undefined }) {
  return indicatorsOf(ctx.db, owner);
}
