/** What reconciliation reports as needing a look. */
export type Discrepancy =
  | { kind: 'amount_differs'; disbursementId: number; paidMinor: number; receivedMinor: number }
  | { kind: 'received_without_disbursement'; receiptId: number; unmatchedMinor: number }
  | { kind: 'not_received'; disbursementId: number; paidDate: string; days: number; unreceivedMinor: number };

/** `awaitingApproval`: recorded, but its second approval is still missing (not yet money paid out). */
type Payment = { id: number; paidDate: string; grantAmountMinor: number; matched: number; awaitingApproval?: boolean };
type Receipt = { id: number; grantAmountMinor: number; matched: number };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Scheduled, disbursed, received and outstanding for one grant (all in its currency), and the
 * discrepancies: a payment whose receipts add up to a different amount, a receipt (or part) that
 * matches no payment, and a payment still not received `days` after it was made.
 */
export function reconcile(grantAmountMinor: number, scheduledMinor: number, allPayments: readonly Payment[], receipts: readonly Receipt[], today: string, days: number) {
  // A payment awaiting its second approval is not disbursed yet: it is counted apart, and cannot be
  // "not received" while it has not been sent.
  const payments = allPayments.filter((p) => !p.awaitingApproval);
  const awaitingApprovalMinor = allPayments.reduce((s, p) => s + (p.awaitingApproval ? p.grantAmountMinor : 0), 0);
  const disbursedMinor = payments.reduce((s, p) => s + p.grantAmountMinor, 0);
  const receivedMinor = receipts.reduce((s, r) => s + r.grantAmountMinor, 0);
  const discrepancies: Discrepancy[] = [];
  for (const p of payments) {
    const age = daysBetween(p.paidDate, today);
    if (p.matched === 0 && age > days) {
      discrepancies.push({ kind: 'not_received', disbursementId: p.id, paidDate: p.paidDate, days: age, unreceivedMinor: p.grantAmountMinor });
    } else if (p.matched > 0 && p.matched !== p.grantAmountMinor && age > days) {
      discrepancies.push({ kind: 'amount_differs', disbursementId: p.id, paidMinor: p.grantAmountMinor, receivedMinor: p.matched });
    }
  }
  for (const r of receipts) {
    if (r.matched < r.grantAmountMinor) discrepancies.push({ kind: 'received_without_disbursement', receiptId: r.id, unmatchedMinor: r.grantAmountMinor - r.matched });
  }
  return {
    scheduledMinor,
    disbursedMinor,
    awaitingApprovalMinor,
    receivedMinor,
    /** Still to be paid out of the grant. */
    outstandingMinor: grantAmountMinor - disbursedMinor,
    /** Paid but not (yet) confirmed as received. */
    inTransitMinor: disbursedMinor - payments.reduce((s, p) => s + Math.min(p.matched, p.grantAmountMinor), 0),
    discrepancies,
  };
}
