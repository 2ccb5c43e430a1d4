import {
  addTranche,
  deleteTranche,
  grantForMoney,
  insertAmendment,
  paidSoFar,
  setTrancheAmount,
  tranchesWithPaid,
  updateGrantTerms,
} from '../../db/queries/money-flow';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';

const fieldError = (path: string, message: string) => new AppError('invalid_input', `${path}: ${message}`, {}, [{ path, code: 'rule', message }]);

/**
 * Changes the amount or end date of a grant as an amendment: each changed field is recorded with
 * its old and new value, the reason and who made it, and the schedule still adds up afterwards.
 * A raise becomes a new tranche due at the end date; a cut comes off the last tranches nothing has
 * been paid against, and is refused when they cannot absorb it.
 */
export function amendGrant(ctx: Ctx, i: { id: number; amountMinor?: number | undefined; endDate?: string | undefined; reason: string }) {
  const g = grantForMoney(ctx.db, i.id);
  if (!g) throw new AppError('not_found', `Grant ${i.id} does not exist`, { id: i.id });
  if (g.status === 'closed' || g.status === 'cancelled') throw new AppError('conflict', `Grant ${g.reference} is ${g.status}; it can no longer be amended`, { status: g.status });
  const amount = i.amountMinor ?? g.amountMinor;
  const endDate = i.endDate ?? g.endDate;
  if (amount === g.amountMinor && endDate === g.endDate) throw fieldError('amountMinor', 'nothing would change');
  if (endDate < g.startDate) throw fieldError('endDate', `before the grant starts (${g.startDate})`);
  const tranches = tranchesWithPaid(ctx.db, g.id);
  const late = tranches.find((t) => t.dueDate > endDate && t.status !== 'cancelled');
  if (late) throw fieldError('endDate', `tranche ${late.seq} falls due on ${late.dueDate}, after the new end date`);
  const paid = paidSoFar(ctx.db, g.id, 0).grant;
  if (amount < paid) throw fieldError('amountMinor', `less than already disbursed (${paid} minor units of ${g.currency})`);

  const at = ctx.clock.now().toISOString();
  let cut = g.amountMinor - amount;
  if (cut > 0) {
    // Take the cut from the last tranches that are still only planned and unpaid.
    for (const t of tranches) {
      if (cut === 0) break;
      if (t.status !== 'planned' || t.paid > 0) continue;
      const take = Math.min(cut, t.amountMinor);
      if (take === t.amountMinor) deleteTranche(ctx.db, t.id);
      else setTrancheAmount(ctx.db, t.id, t.amountMinor - take);
      cut -= take;
    }
    if (cut > 0) throw fieldError('amountMinor', 'the planned, unpaid tranches are too small to absorb the cut');
  } else if (cut < 0) {
    const seq = Math.max(0, ...tranches.map((t) => t.seq)) + 1;
    addTranche(ctx.db, { grantId: g.id, seq, dueDate: endDate, amountMinor: -cut, currency: g.currency, releaseCondition: null, status: 'planned', createdAt: at });
  }
  updateGrantTerms(ctx.db, g.id, { amountMinor: amount, endDate, updatedAt: at });
  const changed: [string, string, string][] = [];
  if (amount !== g.amountMinor) changed.push(['amount_minor', String(g.amountMinor), String(amount)]);
  if (endDate !== g.endDate) changed.push(['end_date', g.endDate, endDate]);
  for (const [field, oldValue, newValue] of changed) {
    insertAmendment(ctx.db, { grantId: g.id, field, oldValue, newValue, reason: i.reason, madeBy: ctx.actor!.id, madeAt: at });
  }
  return { id: g.id, amountMinor: amount, endDate, changed: changed.map(([field]) => field) };
}
