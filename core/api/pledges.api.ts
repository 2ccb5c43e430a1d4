import { command } from './define';
import { PLANNERS } from './plans.api';
import { AddPledgeInput, SetPledgeStatusInput, UpdatePledgeInput } from './schemas/plans';
import { addPledge, changePledge, setPledgeStatus } from '../services/pledges';

export const pledgesApi = {
  /** A funder's pledge towards a plan year, pledged or already committed, optionally linked to its grant. */
  'pledges.add': command(PLANNERS, AddPledgeInput, (ctx, i) => addPledge(ctx, i)),
  /** Amount, currency, pledge date or linked grant of a pledge not withdrawn. */
  'pledges.update': command(PLANNERS, UpdatePledgeInput, (ctx, i) => changePledge(ctx, i)),
  /** pledged → committed, or → withdrawn, with the date. */
  'pledges.setStatus': command(PLANNERS, SetPledgeStatusInput, (ctx, i) => setPledgeStatus(ctx, i)),
};
