/**
 * A handful of deliberate gaps between what funders paid and what grantees recorded, so that
 * reconciliation has something to find: receipts never recorded, receipts short by a bank fee, and
 * one payment recorded as two receipts. Only closed grants' older payments are touched.
 */
import { addDays } from './dates';
import type { DemoDisbursement } from './money-flow';
import type { Rng } from './random';

/** A typical intermediary bank fee, in minor units of the payment currency. */
const BANK_FEE: Record<string, number> = { EUR: 2_500, USD: 3_500, ALL: 250_000, BAM: 5_000, RSD: 300_000, MKD: 150_000 };

export type AnomalyCounts = { missing: number; short: number; split: number };

/** Mutates the chosen disbursements' receipts; `candidates` must be in a stable order. */
export function applyReceiptAnomalies(
  candidates: readonly { currency: string; disbursement: DemoDisbursement }[],
  rng: Rng,
  counts: AnomalyCounts = { missing: 4, short: 3, split: 1 },
): void {
  const eligible = candidates.filter(({ disbursement: d }) => d.receipts.length === 1 && d.receipts[0]!.receivedDate <= '2026-06-30');
  const chosen = rng.shuffle(eligible);
  let k = 0;
  for (let i = 0; i < counts.missing; i++) chosen[k++]!.disbursement.receipts = [];
  for (let i = 0; i < counts.short; i++) {
    const { currency, disbursement: d } = chosen[k++]!;
    const r = d.receipts[0]!;
    r.amountMinor -= Math.min(BANK_FEE[currency] ?? 2_500, Math.floor(r.amountMinor / 10));
  }
  for (let i = 0; i < counts.split; i++) {
    const { disbursement: d } = chosen[k++]!;
    const r = d.receipts[0]!;
    const first = Math.floor((r.amountMinor * 6) / 1000) * 100; // 60 %, whole major units
    d.receipts = [
      { receivedDate: r.receivedDate, amountMinor: first },
      { receivedDate: addDays(r.receivedDate, rng.int(3, 9)), amountMinor: r.amountMinor - first },
    ];
  }
}
