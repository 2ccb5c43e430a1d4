/**
 * Funders' pledges towards a plan's years: pledged → committed, or withdrawn. A pledge may be linked
 * to the grant that carries it (same country as the plan, from the pledge's own funder); its paid
 * amount then comes from that grant's disbursements, never from here.
 */
import { organisationExists } from '../../db/queries/money-flow';
import { grantForPledge, pledgeById, pledgeOfGrantInYear, type PlanRow } from '../../db/queries/plans';
import { insertPledge, updatePledge } from '../../db/repositories/plans';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import { fieldError } from './field-error';
import { planOrNotFound } from './plans';

function checkYear(plan: PlanRow, year: number) {
  if (year < plan.startYear || year > plan.endYear) throw fieldError('year', `the plan runs from ${plan.startYear} to ${plan.endYear}`, 'outside_plan', { startYear: plan.startYear, endYear: plan.endYear });
}

function checkNotFuture(ctx: Ctx, path: string, date: string) {
  if (date > ctx.clock.today()) throw fieldError(path, 'this date has not come yet', 'future_date');
}

/** The grant a pledge may be linked to: same country as the plan, given by the pledge's funder, not yet carrying another pledge of that year. */
function checkGrant(ctx: Ctx, plan: PlanRow, funderId: number, year: number, grantId: number, pledgeId: number | null) {
  const g = grantForPledge(ctx.db, grantId);
  if (!g) throw fieldError('grantId', 'no such grant', 'not_found');
  if (g.country !== plan.country) throw fieldError('grantId', `grant ${g.reference} is for ${g.country}, the plan for ${plan.country}`, 'other_country', { grantCountry: g.country, planCountry: plan.country });
  if (g.grantorId !== funderId) throw fieldError('grantId', `grant ${g.reference} comes from another funder than this pledge`, 'other_funder', { reference: g.reference });
  const other = pledgeOfGrantInYear(ctx.db, plan.id, year, grantId, pledgeId);
  if (other !== undefined) throw fieldError('grantId', `grant ${g.reference} already carries pledge ${other} of ${year}`, 'already_linked', { reference: g.reference, pledgeId: other });
}

export type AddPledge = { planId: number; funderId: number; year: number; amountMinor: number; currency: string; pledgedDate: string; committedDate?: string | undefined; grantId?: number | undefined };

export function addPledge(ctx: Ctx, i: AddPledge) {
  const plan = planOrNotFound(ctx, i.planId);
  checkYear(plan, i.year);
  if (!organisationExists(ctx.db, i.funderId)) throw fieldError('funderId', 'no such organisation', 'not_found');
  checkNotFuture(ctx, 'pledgedDate', i.pledgedDate);
  if (i.committedDate !== undefined) {
    checkNotFuture(ctx, 'committedDate', i.committedDate);
    if (i.committedDate < i.pledgedDate) throw fieldError('committedDate', 'committed before it was pledged', 'before_pledge');
  }
  if (i.grantId !== undefined) checkGrant(ctx, plan, i.funderId, i.year, i.grantId, null);
  const id = insertPledge(ctx.db, {
    planId: plan.id,
    funderId: i.funderId,
    year: i.year,
    amountMinor: i.amountMinor,
    currency: i.currency,
    status: i.committedDate === undefined ? 'pledged' : 'committed',
    committedDate: i.committedDate ?? null,
    grantId: i.grantId ?? null,
    pledgedDate: i.pledgedDate,
    createdAt: ctx.clock.now().toISOString(),
  });
  return { id };
}

function pledgeOrNotFound(ctx: Ctx, id: number) {
  const p = pledgeById(ctx.db, id);
  if (!p) throw new AppError('not_found', `Pledge ${id} does not exist`, { id });
  return p;
}

export function changePledge(ctx: Ctx, i: { id: number; amountMinor?: number | undefined; currency?: string | undefined; pledgedDate?: string | undefined; grantId?: number | null | undefined }) {
  const p = pledgeOrNotFound(ctx, i.id);
  if (p.status === 'withdrawn') throw new AppError('conflict', `Pledge ${p.id} was withdrawn; it can no longer change`, { id: p.id });
  const plan = planOrNotFound(ctx, p.planId);
  if (i.pledgedDate !== undefined) {
    checkNotFuture(ctx, 'pledgedDate', i.pledgedDate);
    if (p.committedDate !== null && p.committedDate < i.pledgedDate) throw fieldError('pledgedDate', 'after the date it was committed', 'after_commitment');
  }
  if (i.grantId !== undefined && i.grantId !== null) checkGrant(ctx, plan, p.funderId, p.year, i.grantId, p.id);
  const fields = Object.fromEntries(Object.entries({ amountMinor: i.amountMinor, currency: i.currency, pledgedDate: i.pledgedDate, grantId: i.grantId }).filter(([, v]) => v !== undefined));
  updatePledge(ctx.db, p.id, fields);
  return { id: p.id };
}

/** pledged → committed, pledged or committed → withdrawn; each move dated. */
export function setPledgeStatus(ctx: Ctx, i: { id: number; status: 'committed' | 'withdrawn'; date: string }) {
  const p = pledgeOrNotFound(ctx, i.id);
  const allowed = i.status === 'committed' ? p.status === 'pledged' : p.status !== 'withdrawn';
  if (!allowed) throw new AppError('conflict', `Pledge ${p.id} is ${p.status}; it cannot become ${i.status}`, { id: p.id, from: p.status, to: i.status });
  checkNotFuture(ctx, 'date', i.date);
  if (i.date < p.pledgedDate) throw fieldError('date', 'before the pledge was made', 'before_pledge');
  updatePledge(ctx.db, p.id, i.status === 'committed' ? { status: 'committed', committedDate: i.date } : { status: 'withdrawn', withdrawnDate: i.date });
  return { id: p.id, status: i.status };
}
