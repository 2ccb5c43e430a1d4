import { z } from 'zod';
import { carrierGrants, planById } from '../../db/queries/plans';
import { command, query } from './define';
import { AppError } from './errors';
import { PLANNERS } from './plans.api';
import { AddPledgeInput, SetPledgeStatusInput, UpdatePledgeInput } from './schemas/plans';
import { addPledge, changePledge, setPledgeStatus } from '../services/pledges';

export const pledgesApi = {
  /** Grants a funder's pledge to a plan could be linked to: the funder's grants in the plan's country. */
  'pledges.carriers': query('signed-in', z.strictObject({ planId: z.number().int().positive(), funderId: z.number().int().positive() }), (ctx, i) => {
    const plan = planById(ctx.db, i.planId);
    if (!plan) throw new AppError('not_found', `Funding plan ${i.planId} does not exist`, { id: i.planId });
    return carrierGrants(ctx.db, i.funderId, plan.country);
  }),
  /** A funder's pledge towards a plan year, pledged or already committed, optionally linked to its grant. */
  'pledges.add': command(PLANNERS, AddPledgeInput, (ctx, i) => addPledge(ctx, i)),
  /** Amount, currency, pledge date or linked grant of a pledge not withdrawn. */
  'pledges.update': command(PLANNERS, UpdatePledgeInput, (ctx, i) => changePledge(ctx, i)),
  /** pledged → committed, or → withdrawn, with the date. */
  'pledges.setStatus': command(PLANNERS, SetPledgeStatusInput, (ctx, i) => setPledgeStatus(ctx, i)),
};
