/** The states of a grant, in the users' words. */
export type GrantStatus = 'draft' | 'approved' | 'active' | 'closed' | 'suspended' | 'cancelled';

/**
 * Which status may follow which. Closed and cancelled are final; a suspended grant resumes as
 * active or is cancelled. Anything not listed is refused.
 */
export const GRANT_TRANSITIONS: Readonly<Record<GrantStatus, readonly GrantStatus[]>> = {
  draft: ['approved', 'cancelled'],
  approved: ['active', 'cancelled'],
  active: ['closed', 'suspended'],
  suspended: ['active', 'cancelled'],
  closed: [],
  cancelled: [],
};

/** Transitions that must carry a written reason (they stop or end the money flow). */
export const TRANSITIONS_NEEDING_REASON: ReadonlySet<GrantStatus> = new Set(['suspended', 'cancelled']);

/** True when a grant in `from` may move to `to`. */
export function canTransition(from: GrantStatus, to: GrantStatus): boolean {
  return GRANT_TRANSITIONS[from].includes(to);
}
