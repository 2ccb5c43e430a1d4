/** Stored tranche states plus the two that depend on today's date. */
export type TrancheStatus = 'planned' | 'due' | 'overdue' | 'released' | 'withheld' | 'cancelled';

/** Days after its due date that an unreleased tranche counts as due rather than overdue. */
export const DUE_GRACE_DAYS = 30;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The status a user sees: a planned tranche becomes due on its due date and overdue once the grace
 * period has passed; released, withheld and cancelled are as stored. Dates are ISO YYYY-MM-DD.
 */
export function trancheStatus(stored: string, dueDate: string, today: string): TrancheStatus {
  if (stored === 'released' || stored === 'withheld' || stored === 'cancelled') return stored;
  if (dueDate > today) return 'planned';
  return addDays(dueDate, DUE_GRACE_DAYS) >= today ? 'due' : 'overdue';
}
