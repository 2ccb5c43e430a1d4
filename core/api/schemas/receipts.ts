import { z } from 'zod';
import { GridPageInput } from './grid';
import { AmountMinor, CurrencyCode, IsoDate } from './money-flow';

/** Money the grantee's finance officer records as arrived. */
export const RecordReceiptInput = z.strictObject({
  grantId: z.number().int().positive(),
  receivedDate: IsoDate,
  amountMinor: AmountMinor,
  currency: CurrencyCode,
  bankReference: z.string().trim().max(60).optional(),
});

/** A hand-made match of (part of) a receipt to a disbursement; amount in the grant's currency. */
export const ManualMatchInput = z.strictObject({
  receiptId: z.number().int().positive(),
  disbursementId: z.number().int().positive(),
  amountMinor: AmountMinor,
});

/** The reconciliation of one grant; `days` is how long a payment may go unreceived. */
export const ReconcileGrantInput = z.strictObject({ grantId: z.number().int().positive(), days: z.number().int().min(1).max(365).default(30) });

/** Column ids of the reconciliation grid. */
export const RECONCILIATION_COLUMNS = ['reference', 'grantee', 'country', 'currency', 'status', 'amount', 'disbursed', 'awaiting', 'received', 'outstanding', 'unreceivedCount', 'unmatchedReceived'] as const;

/** A page of the reconciliation grid across grants. */
export const ReconciliationPageInput = GridPageInput(RECONCILIATION_COLUMNS);
