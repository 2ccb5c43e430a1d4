import { grantStatusOf, setGrantStatus } from '../../db/queries/grant-status';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import { recordAwardApproval } from './award-details';
import { canTransition, GRANT_TRANSITIONS, TRANSITIONS_NEEDING_REASON, type GrantStatus } from '../domain/grant-lifecycle';

/** Moves a grant to another status if the lifecycle allows it; the audit entry carries the reason. */
export function transitionGrant(ctx: Ctx, id: number, to: GrantStatus, reason: string | undefined) {
  const g = grantStatusOf(ctx.db, id);
  if (!g) throw new AppError('not_found', `Grant ${id} does not exist`, { id });
  if (!canTransition(g.status, to)) {
    const allowed = GRANT_TRANSITIONS[g.status].join(', ') || 'none: it is final';
    throw new AppError('conflict', `Grant ${g.reference} is ${g.status}; it cannot become ${to} (allowed: ${allowed})`, { from: g.status, to }, [
      { path: 'to', code: 'invalid_transition', message: `not allowed from ${g.status}` },
    ]);
  }
  if (TRANSITIONS_NEEDING_REASON.has(to) && !reason?.trim()) {
    throw new AppError('invalid_input', `Making a grant ${to} needs a reason`, { to }, [{ path: 'reason', code: 'required', message: 'a reason is required' }]);
  }
  setGrantStatus(ctx.db, id, to, ctx.clock.now().toISOString());
  if (to === 'approved') recordAwardApproval(ctx, id);
  return { id, status: to };
}
