import { grantForMoney } from '../../db/queries/money-flow';
import { disbursementWithRemainder, insertMatch, insertReceiptRow, openDisbursements, receiptWithRemainder } from '../../db/queries/receipts';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import type { ManualMatchInput, RecordReceiptInput } from '../api/schemas/receipts';
import { findMatch } from '../domain/receipt-matching';
import { addDays, RECEIPT_GRACE_DAYS } from '../domain/receipt-dates';
import { inGrantCurrency } from './money-flow';

const fieldError = (path: string, message: string, code = 'rule', params: Record<string, string | number> = {}) =>
  new AppError('invalid_input', `${path}: ${message}`, params, [{ path, code, message }]);

/** Matches what is left of a receipt to the grant's open disbursements, as far as they agree. */
function autoMatch(ctx: Ctx, receiptId: number): { disbursementId: number; amountMinor: number }[] {
  const made: { disbursementId: number; amountMinor: number }[] = [];
  for (;;) {
    const r = receiptWithRemainder(ctx.db, receiptId)!;
    const remainingMinor = r.grantAmountMinor - r.matched;
    if (remainingMinor <= 0) break;
    const open = openDisbursements(ctx.db, r.grantId).map((d) => ({ id: d.id, paidDate: d.paidDate, bankReference: d.bankReference, remainingMinor: d.grantAmountMinor - d.matched }));
    const m = findMatch({ receivedDate: r.receivedDate, remainingMinor, bankReference: r.bankReference }, open);
    if (!m) break;
    insertMatch(ctx.db, { receiptId, disbursementId: m.paymentId, amountMinor: m.amountMinor, method: 'automatic', matchedAt: ctx.clock.now().toISOString() });
    made.push({ disbursementId: m.paymentId, amountMinor: m.amountMinor });
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
  return { id, grantAmountMinor, matches: autoMatch(ctx, id) };
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
