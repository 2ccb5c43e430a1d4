/** A disbursement still waiting (in part) for its money to be confirmed as received. */
export type OpenPayment = { id: number; paidDate: string; remainingMinor: number; bankReference: string | null };

/** Days after a payment within which its receipt is expected to arrive. */
export const MATCH_WINDOW_DAYS = 30;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How far a converted receipt may differ from its payment and still match automatically (1.00%). */
export const DEFAULT_FX_TOLERANCE_BP = 100;

/** True when `a` and `b` differ by at most `bp` basis points of `b` (exact integer arithmetic). */
export function withinTolerance(a: number, b: number, bp: number): boolean {
  return Math.abs(a - b) * 10_000 <= b * bp;
}

/**
 * Which open payment a receipt settles, and for how much: a payment whose bank reference equals the
 * receipt's wins; otherwise one with exactly the receipt's amount still open; otherwise, for a
 * receipt converted from another currency, one whose open amount it comes within `toleranceBp`
 * basis points of (the bank's rate is not the day's reference rate). Each must have been paid no
 * later than the receipt and at most MATCH_WINDOW_DAYS before it. Earliest payment first. Null when
 * nothing agrees: the receipt waits for a person to match it.
 */
export function findMatch(
  receipt: { receivedDate: string; remainingMinor: number; bankReference: string | null; converted?: boolean },
  open: readonly OpenPayment[],
  toleranceBp = 0,
): { paymentId: number; amountMinor: number; withinTolerance: boolean } | null {
  const inWindow = open.filter((p) => {
    const d = daysBetween(p.paidDate, receipt.receivedDate);
    return d >= 0 && d <= MATCH_WINDOW_DAYS && p.remainingMinor > 0;
  });
  const byReference = receipt.bankReference ? inWindow.find((p) => p.bankReference === receipt.bankReference) : undefined;
  const byAmount = inWindow.find((p) => p.remainingMinor === receipt.remainingMinor);
  const byTolerance = receipt.converted && toleranceBp > 0 ? inWindow.find((p) => withinTolerance(receipt.remainingMinor, p.remainingMinor, toleranceBp)) : undefined;
  const chosen = byReference ?? byAmount ?? byTolerance;
  if (!chosen) return null;
  return { paymentId: chosen.id, amountMinor: Math.min(chosen.remainingMinor, receipt.remainingMinor), withinTolerance: chosen === byTolerance && chosen !== byAmount && chosen !== byReference };
}
