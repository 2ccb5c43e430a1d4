import { command, query } from './define';
import { GrantTransitionInput } from './schemas/lifecycle';
import { AmendGrantInput, CreateGrantInput, SetScheduleInput } from './schemas/money-flow';
import { amendGrant } from '../services/amendments';
import { createGrant, setSchedule } from '../services/money-flow';
import { transitionGrant } from '../services/grant-lifecycle';
import { GrantIdInput, GrantsPageInput } from './schemas/grants';
import { grantDetail, listGrants } from '../services/grants';

export const grantsApi = {
  /** A page of the Grants grid, sorted and filtered in SQL. */
  'grants.page': query('signed-in', GrantsPageInput, (ctx, i) => listGrants(ctx.db, i)),
  /** One grant with its tranches, disbursements and receipts. */
  'grants.get': query('signed-in', GrantIdInput, (ctx, i) => grantDetail(ctx.db, i.id, ctx.clock.today())),
  /** Approve, start, suspend, resume, close or cancel a grant (only along the lifecycle). */
  'grants.transition': command(['administrator', 'coordinator'], GrantTransitionInput, (ctx, i) => transitionGrant(ctx, i.id, i.to, i.reason)),
  /** A new grant, saved as a draft. */
  'grants.create': command(['administrator', 'coordinator'], CreateGrantInput, (ctx, i) => createGrant(ctx, i)),
  /** Generates or sets the tranche schedule; the tranches add up to the grant amount exactly. */
  'grants.setSchedule': command(['administrator', 'coordinator'], SetScheduleInput, (ctx, i) => setSchedule(ctx, i)),
  /** Changes the amount, start or end date, grantee or currency as recorded amendments with a reason; the schedule keeps adding up. */
  'grants.amend': command(['administrator', 'coordinator'], AmendGrantInput, (ctx, i) => amendGrant(ctx, i)),
};
