import type { SignedInUser } from '../auth/current-user';
import { canManageGrants } from './money-roles';

/** What can be done to one tranche from its row: withhold, resume or cancel (each with a reason). */
export type TrancheAction = 'withhold' | 'resume' | 'cancel';

/**
 * The actions the API would accept for a tranche, as the user sees it (status as shown: planned,
 * due and overdue are all stored as planned), for roles that may use them: withhold a planned
 * tranche of an approved or active grant, resume a withheld one, cancel one with nothing disbursed.
 */
export function trancheActionsFor(
  role: SignedInUser['role'],
  grantStatus: string,
  tranche: { status: string },
  disbursed: boolean,
): TrancheAction[] {
  if (!canManageGrants(role) || grantStatus === 'closed' || grantStatus === 'cancelled') return [];
  const planned = tranche.status === 'planned' || tranche.status === 'due' || tranche.status === 'overdue';
  const out: TrancheAction[] = [];
  if (planned && (grantStatus === 'approved' || grantStatus === 'active')) out.push('withhold');
  if (tranche.status === 'withheld') out.push('resume');
  if ((planned || tranche.status === 'withheld') && !disbursed) out.push('cancel');
  return out;
}
