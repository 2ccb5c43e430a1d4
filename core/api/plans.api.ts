import { costLinesOfPlan, pledgesOfPlan } from '../../db/queries/plans';
import { command, query } from './define';
import { AppError } from './errors';
import {
  CreatePlanInput,
  PlanDetailInput,
  PlansOverviewInput,
  SetCostLinesInput,
  UpdatePlanInput,
  WhatIfInput,
} from './schemas/plans';
import { costPerResult } from '../domain/impact-cost';
import { listIndicators } from '../services/indicators';
import { coverageOf, planCoverageInput, plansOverview, whatIfOf } from '../services/plan-coverage';
import { createPlan, setCostLines, updatePlan } from '../services/plans';

/** Who edits plans, their cost lines and pledges. */
export const PLANNERS = ['administrator', 'coordinator'] as const;

export const plansApi = {
  /** Every plan with its coverage per year and over the whole plan, side by side. */
  'plans.overview': query('signed-in', PlansOverviewInput, (ctx, i) => plansOverview(ctx.db, ctx.clock.today(), i.risk)),
  /** One plan: years with cost lines, pledges, coverage, indicators and cost per call and case. */
  'plans.get': query('signed-in', PlanDetailInput, (ctx, i) => {
    const read = planCoverageInput(ctx.db, i.id, ctx.clock.today(), i.risk);
    if (!read) throw new AppError('not_found', `Funding plan ${i.id} does not exist`, { id: i.id });
    const { coverage, missingRate } = coverageOf(read.input);
    const indicators = listIndicators(ctx, { planId: i.id });
    return {
      plan: read.plan,
      years: read.input.years,
      costLines: costLinesOfPlan(ctx.db, i.id),
      pledges: pledgesOfPlan(ctx.db, i.id),
      coverage,
      missingRate,
      indicators,
      costPerResult: coverage ? costPerResult(coverage.years, indicators) : [],
    };
  }),
  /** A new plan of `length` years (five unless told), each needing what its cost lines will add up to. */
  'plans.create': command(PLANNERS, CreatePlanInput, (ctx, i) => createPlan(ctx, i)),
  /** Title, programme, owning organisation or notes; counts a revision. */
  'plans.update': command(PLANNERS, UpdatePlanInput, (ctx, i) => updatePlan(ctx, i)),
  /** Replaces one year's cost lines; the year's need becomes their sum. */
  'plans.setCostLines': command(PLANNERS, SetCostLinesInput, (ctx, i) => setCostLines(ctx, i)),
  /** The plan's gaps if a funder gave less, or if pledges not yet committed never came; nothing is written. */
  'plans.whatIf': query('signed-in', WhatIfInput, (ctx, i) => {
    const read = planCoverageInput(ctx.db, i.planId, ctx.clock.today(), i.risk);
    if (!read) throw new AppError('not_found', `Funding plan ${i.planId} does not exist`, { id: i.planId });
    return whatIfOf(read.input, i.scenario);
  }),
};
