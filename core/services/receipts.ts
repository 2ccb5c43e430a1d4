import { grantForMoney } from '../../db/queries/money-flow';
import { disbursementWithRemainder, insertMatch, insertPaymentDifference, insertReceiptRow, openDisbursements, receiptWithRemainder } from '../../db/queries/receipts';
import { disbursementForApproval } from '../../db/queries/disbursement-approval';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import type { ManualMatchInput, RecordDifferenceInput, RecordReceiptInput } from '../api/schemas/receipts';
import { findMatch } from '../domain/receipt-matching';
import { addDays, RECEIPT_GRACE_DAYS } from '../domain/receipt-dates';
import { inGrantCurrency } from './money-flow';
import { fxTolerance } from './fx-tolerance';

const fieldError = (path: string, message: string, code = 'rule', params: Record<string, string | number> = {}) =>
  new AppError('invalid_input', `${path}: ${message}`, params, [{ path, code, message }]);

/**
 * Matches what is left of a receipt to the grant's open disbursements, as far as they agree; a
 * receipt converted from another currency may come within the conversion tolerance.
 */
function autoMatch(ctx: Ctx, receiptId: number, converted: boolean): { disbursementId: number; amountMinor: number; withinTolerance: boolean }[] {
  const made: { disbursementId: number; amountMinor: number; withinTolerance: boolean }[] = [];
  const toleranceBp = fxTolerance(ctx);
  for (;;) {
    const r = receiptWithRemainder(ctx.db, receiptId)!;
    const remainingMinor = r.grantAmountMinor - r.matched;
    if (remainingMinor <= 0) break;
    const open = openDisbursements(ctx.db, r.grantId).map((d) => ({ id: d.id, paidDate: d.paidDate, bankReference: d.bankReference, remainingMinor: d.grantAmountMinor - d.matched }));
    const m = findMatch({ receivedDate: r.receivedDate, remainingMinor, bankReference: r.bankReference, converted }, open, toleranceBp);
    if (!m) break;
    insertMatch(ctx.db, { receiptId, disbursementId: m.paymentId, amountMinor: m.amountMinor, method: 'automatic', matchedAt: ctx.clock.now().toISOString() });
    made.push({ disbursementId: m.paymentId, amountMinor: m.amountMinor, withinTolerance: m.withinTolerance });
  }
  return made;
}

/** Records money the grantee received, converts it to the grant's currency, and matches it where it can. */
export function recordReceipt(ctx: Ctx, i: z.output<typeof RecordReceiptInput>) {
  const g = grantForMoney(ctx.db, i.grantId);
  if (!g) throw fieldError('grantId', `grant ${i.grantId} does not exist`);
  if (i.receivedDate < g.startDate) throw fieldError('receivedDate', `before the grant starts (${g.startDate})`);
  const today = ctx.clock.today();
  if (i.receivedDate > today) throw fieldError('receivedDate', `${i.receivedDate} is after today (${today})`, 'future', { date: i.receivedDate, today });
  // Money paid near the end may arrive a little after it: up to the grace period, no later.
  const latest = addDays(g.endDate, RECEIPT_GRACE_DAYS);
  if (i.receivedDate > latest) {
    throw fieldError('receivedDate', `${i.receivedDate} is more than ${RECEIPT_GRACE_DAYS} days after the grant ended (${g.endDate})`, 'after_grant_end', { date: i.receivedDate, end: g.endDate, days: RECEIPT_GRACE_DAYS });
  }
  const { grantAmountMinor, fxRate } = inGrantCurrency(ctx, g, i.amountMinor, i.currency, i.receivedDate);
  const id = insertReceiptRow(ctx.db, {
    grantId: g.id,
    receivedDate: i.receivedDate,
    amountMinor: i.amountMinor,
    currency: i.currency,
    grantAmountMinor,
    fxRate,
    bankReference: i.bankReference ?? null,
    recordedBy: ctx.actor!.id,
    createdAt: ctx.clock.now().toISOString(),
  });
  return { id, grantAmountMinor, matches: autoMatch(ctx, id, i.currency !== g.currency), fxToleranceBasisPoints: fxTolerance(ctx) };
}

/** Matches (part of) a receipt to a disbursement of the same grant by hand. */
export function matchReceipt(ctx: Ctx, i: z.output<typeof ManualMatchInput>) {
  const r = receiptWithRemainder(ctx.db, i.receiptId);
  if (!r) throw fieldError('receiptId', `receipt ${i.receiptId} does not exist`);
  const d = disbursementWithRemainder(ctx.db, i.disbursementId);
  if (!d) throw fieldError('disbursementId', `disbursement ${i.disbursementId} does not exist`);
  if (d.grantId !== r.grantId) throw fieldError('disbursementId', 'the disbursement belongs to another grant');
  if (i.amountMinor > r.grantAmountMinor - r.matched) throw fieldError('amountMinor', `more than the receipt has unmatched (${r.grantAmountMinor - r.matched})`);
  if (i.amountMinor > d.grantAmountMinor - d.matched) throw fieldError('amountMinor', `more than the disbursement has unmatched (${d.grantAmountMinor - d.matched})`);
  insertMatch(ctx.db, { receiptId: r.id, disbursementId: d.id, amountMinor: i.amountMinor, method: 'manual', matchedAt: ctx.clock.now().toISOString() });
  return { receiptId: r.id, disbursementId: d.id, amountMinor: i.amountMinor };
}

/**
 * Records what of a payment will never arrive as such (an exchange difference or a bank charge),
 * with a reason kept on the record and in the audit entry, so the payment counts as settled. At
 * most what is still unsettled of it; not for a payment still awaiting its second approval.
 */
export function recordDifference(ctx: Ctx, i: z.output<typeof RecordDifferenceInput>) {
  const d = disbursementWithRemainder(ctx.db, i.disbursementId);
  if (!d) throw fieldError('disbursementId', `disbursement ${i.disbursementId} does not exist`);
  const approval = disbursementForApproval(ctx.db, d.id)!;
  if (approval.approvalRequired && approval.approvedBy === null) {
    throw new AppError('conflict', `Disbursement ${d.id} is awaiting approval; it has not been paid yet`, { status: 'awaiting_approval' });
  }
  const open = d.grantAmountMinor - d.matched;
  if (i.amountMinor > open) throw fieldError('amountMinor', `more than the payment has unsettled (${open})`, 'rule', { left: open });
  const id = insertPaymentDifference(ctx.db, {
    disbursementId: d.id,
    grantId: d.grantId,
    kind: i.kind,
    amountMinor: i.amountMinor,
    reason: i.reason,
    recordedBy: ctx.actor!.id,
    createdAt: ctx.clock.now().toISOString(),
  });
  return { id, disbursementId: d.id, kind: i.kind, amountMinor: i.amountMinor, unsettledMinor: open - i.amountMinor };
}
