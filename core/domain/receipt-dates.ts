/**
 * How late a receipt may be dated: money paid near a grant's end can reach the NGO's account after
 * it, but not months later. The same 30 days after which reconciliation reports a payment as not
 * received (and a tranche as overdue): a receipt later than that belongs to another grant.
 */
export const RECEIPT_GRACE_DAYS = 30;

/** An ISO date `days` later (UTC calendar arithmetic). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
