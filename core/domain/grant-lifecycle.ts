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

/**
 * Transitions that stop or end the money flow: each must carry a written reason (kept in the audit
 * entry), is confirmed in words first, and never takes the keyboard focus on its own.
 */
export const TRANSITIONS_NEEDING_REASON: ReadonlySet<GrantStatus> = new Set(['suspended', 'closed', 'cancelled']);

/** Statuses after which no tranche can be paid any more (final). */
export const FINAL_STATUSES: ReadonlySet<GrantStatus> = new Set(['closed', 'cancelled']);

/** True when a grant in `from` may move to `to`. */
export function canTransition(from: GrantStatus, to: GrantStatus): boolean {
  return GRANT_TRANSITIONS[from].includes(to);
}
