/** The award side of a grant: the budget line it funds, the order of its dates, and who approved it and when. */
import { budgetLineById } from '../../db/queries/register';
import { setAwardApproval } from '../../db/repositories/award-approval';
import type { Ctx } from '../api/define';
import { refuse } from './register';
import type { RegisterIssue } from '../domain/register/rules';

export function awardDetailsCheck(ctx: Ctx, g: { granteeId: number; budgetLineId?: number | undefined; decisionDate?: string | undefined; agreementSignedDate?: string | undefined }) {
  const issues: RegisterIssue[] = [];
  if (g.budgetLineId !== undefined) {
    const line = budgetLineById(ctx.db, g.budgetLineId);
    if (!line) issues.push({ path: 'budgetLineId', code: 'not_found', message: `budgetLineId: budget line ${g.budgetLineId} does not exist` });
    else if (line.organisationId !== g.granteeId) issues.push({ path: 'budgetLineId', code: 'rule', message: 'budgetLineId: the budget line is not the grantee\'s' });
  }
  if (g.decisionDate && g.agreementSignedDate && g.agreementSignedDate < g.decisionDate) {
    issues.push({ path: 'agreementSignedDate', code: 'rule', message: `agreementSignedDate ${g.agreementSignedDate} is before the decision ${g.decisionDate}` });
  }
  if (issues.length > 0) throw refuse(issues);
}

/**
 * Approving a grant is the award decision: who approved it and when are kept on the grant (and in
 * its audit entry), and the decision date is that day unless one was recorded.
 */
export function recordAwardApproval(ctx: Ctx, grantId: number) {
  setAwardApproval(ctx.db, grantId, ctx.actor?.id ?? null, ctx.clock.now().toISOString(), ctx.clock.today());
}
