/**
 * Funding plans and their cost lines: who may write them is the handler table's business, what a
 * plan may hold is checked here. Each change counts the plan's revision; the audit log keeps the
 * earlier figures.
 */
import { organisationExists } from '../../db/queries/money-flow';
import { planById, planYears } from '../../db/queries/plans';
import { insertFundingPlan, insertFundingPlanYear, replaceCostLines, revisePlan } from '../../db/repositories/plans';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import type { CostLineInput } from '../api/schemas/plans';
import { costLineAmount, DEFAULT_TRAINING_HOURS, isPeopleLine } from '../domain/plan-costs';
import { fieldError } from './field-error';

export type CreatePlan = {
  title: string;
  programme: 'national_hotline' | 'shelter_network' | 'other';
  country: string;
  organisationId: number;
  firstYear: number;
  length: number;
  currency: string;
  notes?: string | undefined;
};

export function createPlan(ctx: Ctx, i: CreatePlan) {
  if (!organisationExists(ctx.db, i.organisationId)) throw fieldError('organisationId', 'no such organisation', 'not_found');
  const at = ctx.clock.now().toISOString();
  const endYear = i.firstYear + i.length - 1;
  const id = insertFundingPlan(ctx.db, { title: i.title, programme: i.programme, country: i.country, organisationId: i.organisationId, startYear: i.firstYear, endYear, currency: i.currency, notes: i.notes ?? null, createdAt: at });
  for (let year = i.firstYear; year <= endYear; year++) insertFundingPlanYear(ctx.db, { planId: id, year, needMinor: 0 });
  return { id, startYear: i.firstYear, endYear };
}

export function planOrNotFound(ctx: Ctx, id: number) {
  const plan = planById(ctx.db, id);
  if (!plan) throw new AppError('not_found', `Funding plan ${id} does not exist`, { id });
  return plan;
}

export function updatePlan(ctx: Ctx, i: { id: number; title?: string | undefined; programme?: CreatePlan['programme'] | undefined; organisationId?: number | undefined; notes?: string | null | undefined }) {
  planOrNotFound(ctx, i.id);
  if (i.organisationId !== undefined && !organisationExists(ctx.db, i.organisationId)) throw fieldError('organisationId', 'no such organisation', 'not_found');
  const { id, ...fields } = i;
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  revisePlan(ctx.db, id, set, ctx.clock.now().toISOString());
  return { id, revision: planById(ctx.db, id)!.revision };
}

/** A line as stored: people lines keep headcount and costs (training hours 40 unless set), the others their amount. */
function storedLine(l: CostLineInput, index: number) {
  if (isPeopleLine(l.kind)) {
    if (l.headcount === undefined) throw fieldError(`lines.${index}.headcount`, 'how many people', 'required');
    if (l.unitCostMinor === undefined) throw fieldError(`lines.${index}.unitCostMinor`, 'the yearly cost per person', 'required');
    const training = l.kind === 'call_specialists';
    const line = {
      kind: l.kind,
      label: l.label ?? null,
      headcount: l.headcount,
      unitCostMinor: l.unitCostMinor,
      trainingHours: training ? (l.trainingHours ?? DEFAULT_TRAINING_HOURS) : null,
      trainingHourCostMinor: training ? (l.trainingHourCostMinor ?? 0) : null,
    };
    return { ...line, amountMinor: costLineAmount(line) };
  }
  if (l.amountMinor === undefined) throw fieldError(`lines.${index}.amountMinor`, 'the amount of this line', 'required');
  return { kind: l.kind, label: l.label ?? null, headcount: null, unitCostMinor: null, trainingHours: null, trainingHourCostMinor: null, amountMinor: l.amountMinor };
}

/** Replaces a plan year's cost lines; the year's need becomes their sum. */
export function setCostLines(ctx: Ctx, i: { planId: number; year: number; lines: CostLineInput[] }) {
  const plan = planOrNotFound(ctx, i.planId);
  const year = planYears(ctx.db, plan.id).find((y) => y.year === i.year);
  if (!year) throw fieldError('year', `the plan runs from ${plan.startYear} to ${plan.endYear}`, 'outside_plan', { startYear: plan.startYear, endYear: plan.endYear });
  let lines;
  try {
    lines = i.lines.map(storedLine);
  } catch (e) {
    if (e instanceof RangeError) throw fieldError('lines', e.message, 'too_large');
    throw e;
  }
  const needMinor = lines.reduce((s, l) => s + l.amountMinor, 0);
  if (!Number.isSafeInteger(needMinor)) throw fieldError('lines', 'the lines add up beyond what can be stored', 'too_large');
  replaceCostLines(ctx.db, year.id, lines, needMinor);
  revisePlan(ctx.db, plan.id, {}, ctx.clock.now().toISOString());
  return { planId: plan.id, year: i.year, needMinor };
}
