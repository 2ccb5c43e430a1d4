import {
  addTranche,
  currencyMinorUnits,
  deleteTranche,
  disbursementCount,
  grantForMoney,
  insertAmendment,
  organisationExists,
  paidSoFar,
  receiptCount,
  setTrancheAmount,
  setTrancheAmountAndCurrency,
  tranchesWithPaid,
  updateGrantTerms,
} from '../../db/queries/money-flow';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import { allocateByWeights, money } from '../domain/money';

const fieldError = (path: string, message: string, code = 'rule', params: Record<string, string | number> = {}) =>
  new AppError('invalid_input', `${path}: ${message}`, params, [{ path, code, message }]);

export type AmendInput = {
  id: number;
  amountMinor?: number | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
  granteeId?: number | undefined;
  currency?: string | undefined;
  reason: string;
};

type TrancheLine = ReturnType<typeof tranchesWithPaid>[number];

/**
 * Changes a grant's amount, start or end date, grantee or currency as an amendment: each changed
 * field is recorded with its old and new value, the reason and who made it, and the schedule still
 * adds up afterwards. A raise becomes a new tranche due at the end date; a cut comes off the last
 * tranches nothing has been paid against, and is refused when they cannot absorb it. A new
 * currency (only before any money moved) comes with the amount in it, and the tranches are
 * re-split in proportion to their old amounts so they add up to the new amount exactly.
 */
export function amendGrant(ctx: Ctx, i: AmendInput) {
  const g = grantForMoney(ctx.db, i.id);
  if (!g) throw new AppError('not_found', `Grant ${i.id} does not exist`, { id: i.id });
  if (g.status === 'closed' || g.status === 'cancelled') throw new AppError('conflict', `Grant ${g.reference} is ${g.status}; it can no longer be amended`, { status: g.status });
  const amount = i.amountMinor ?? g.amountMinor;
  const startDate = i.startDate ?? g.startDate;
  const endDate = i.endDate ?? g.endDate;
  const granteeId = i.granteeId ?? g.granteeId;
  const currency = i.currency ?? g.currency;
  const currencyChanges = currency !== g.currency;
  if (amount === g.amountMinor && startDate === g.startDate && endDate === g.endDate && granteeId === g.granteeId && !currencyChanges) {
    throw fieldError('amountMinor', 'nothing would change', 'unchanged');
  }

  // The period: start before end, and every tranche still to pay inside it.
  if (endDate < startDate) {
    if (i.endDate !== undefined && endDate !== g.endDate) throw fieldError('endDate', `before the grant starts (${startDate})`);
    throw fieldError('startDate', `after the grant ends (${endDate})`, 'after_end', { endDate });
  }
  const tranches = tranchesWithPaid(ctx.db, g.id);
  const live = tranches.filter((t) => t.status !== 'cancelled');
  const late = live.find((t) => t.dueDate > endDate);
  if (late) throw fieldError('endDate', `tranche ${late.seq} falls due on ${late.dueDate}, after the new end date`);
  if (startDate !== g.startDate) {
    const first = live.reduce<TrancheLine | undefined>((a, t) => (a === undefined || t.dueDate < a.dueDate || (t.dueDate === a.dueDate && t.seq < a.seq) ? t : a), undefined);
    if (first && startDate > first.dueDate) {
      throw fieldError('startDate', `after tranche ${first.seq} falls due (${first.dueDate})`, 'after_tranche', { seq: first.seq, dueDate: first.dueDate });
    }
  }

  // The grantee: another organisation than the grantor, and only before any money went out.
  if (granteeId !== g.granteeId) {
    if (!organisationExists(ctx.db, granteeId)) throw fieldError('granteeId', `organisation ${granteeId} does not exist`, 'not_found');
    if (granteeId === g.grantorId) throw fieldError('granteeId', 'the grantee cannot be the grantor', 'same_as_grantor');
    const paidOut = disbursementCount(ctx.db, g.id);
    if (paidOut > 0) {
      throw fieldError('granteeId', `${paidOut} disbursement(s) have been paid to the current grantee; the grantee can no longer change`, 'disbursed', { disbursements: paidOut });
    }
  }

  // The currency: known, only before any money moved, and with the amount in it.
  if (currencyChanges) {
    if (currencyMinorUnits(ctx.db, currency) === undefined) throw fieldError('currency', `${currency} is not a known currency`, 'unknown');
    const moved = disbursementCount(ctx.db, g.id) + receiptCount(ctx.db, g.id);
    if (moved > 0) throw fieldError('currency', 'money has already been disbursed or received in the current currency', 'money_moved');
    if (i.amountMinor === undefined) throw fieldError('amountMinor', `give the grant amount in ${currency}`, 'required', { currency });
  }

  const at = ctx.clock.now().toISOString();
  if (currencyChanges) {
    redenominate(ctx, g, tranches, amount, currency);
  } else if (amount !== g.amountMinor) {
    const paid = paidSoFar(ctx.db, g.id, 0).grant;
    if (amount < paid) throw fieldError('amountMinor', `less than already disbursed (${paid} minor units of ${g.currency})`);
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
    } else {
      const seq = Math.max(0, ...tranches.map((t) => t.seq)) + 1;
      addTranche(ctx.db, { grantId: g.id, seq, dueDate: endDate, amountMinor: -cut, currency: g.currency, releaseCondition: null, status: 'planned', createdAt: at });
    }
  }
  updateGrantTerms(ctx.db, g.id, { amountMinor: amount, startDate, endDate, granteeId, currency, updatedAt: at });
  // The currency first: an amount changed with it is in the new currency.
  const changed: [string, string, string][] = [];
  if (currencyChanges) changed.push(['currency', g.currency, currency]);
  if (amount !== g.amountMinor) changed.push(['amount_minor', String(g.amountMinor), String(amount)]);
  if (startDate !== g.startDate) changed.push(['start_date', g.startDate, startDate]);
  if (endDate !== g.endDate) changed.push(['end_date', g.endDate, endDate]);
  if (granteeId !== g.granteeId) changed.push(['grantee_id', String(g.granteeId), String(granteeId)]);
  for (const [field, oldValue, newValue] of changed) {
    insertAmendment(ctx.db, { grantId: g.id, field, oldValue, newValue, reason: i.reason, madeBy: ctx.actor!.id, madeAt: at });
  }
  return { id: g.id, amountMinor: amount, currency, startDate, endDate, granteeId, changed: changed.map(([field]) => field) };
}

/**
 * Re-denominates the tranches (nothing paid yet) into `currency`: the tranches that count split
 * `amount` by largest remainder in proportion to their old amounts, so they add up to it exactly
 * (if the schedule was short of the old amount, the gap stays unscheduled in proportion); a
 * cancelled tranche keeps its share for the record, scaled and rounded, at least one minor unit.
 */
function redenominate(ctx: Ctx, g: { amountMinor: number }, tranches: readonly TrancheLine[], amount: number, currency: string) {
  const live = tranches.filter((t) => t.status !== 'cancelled').sort((a, b) => a.seq - b.seq);
  if (live.length > 0) {
    const gap = g.amountMinor - live.reduce((s, t) => s + t.amountMinor, 0);
    const weights = [...live.map((t) => t.amountMinor), ...(gap > 0 ? [gap] : [])];
    const parts = allocateByWeights(money(amount, currency), weights);
    if (live.some((_, k) => parts[k]!.amountMinor === 0)) {
      throw fieldError('amountMinor', `too small to split over ${live.length} tranches in ${currency}`, 'too_small_to_split', { tranches: live.length });
    }
    live.forEach((t, k) => setTrancheAmountAndCurrency(ctx.db, t.id, parts[k]!.amountMinor, currency));
  }
  for (const t of tranches) {
    if (t.status !== 'cancelled') continue;
    const scaled = (BigInt(t.amountMinor) * BigInt(amount) * 2n + BigInt(g.amountMinor)) / (2n * BigInt(g.amountMinor));
    setTrancheAmountAndCurrency(ctx.db, t.id, Math.max(1, Number(scaled)), currency);
  }
}
