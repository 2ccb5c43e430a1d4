import { z } from 'zod';
import { GridPageInput } from './grid';
import { AmountMinor, CurrencyCode, IsoDate } from './money-flow';
import { PAYMENT_DIFFERENCE_KINDS } from '../../../db/schema/money-flow';

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

/** An exchange difference or bank charge settling (part of) a payment, amount in the grant's currency, with a reason. */
export const RecordDifferenceInput = z.strictObject({
  disbursementId: z.number().int().positive(),
  kind: z.enum(PAYMENT_DIFFERENCE_KINDS),
  amountMinor: AmountMinor,
  reason: z.string().trim().min(5).max(500),
});

/** The conversion tolerance for automatic matching, in basis points (0 to 5.00%). */
export const FxToleranceInput = z.strictObject({ basisPoints: z.number().int().min(0).max(500) });

/** The reconciliation of one grant; `days` is how long a payment may go unreceived. */
export const ReconcileGrantInput = z.strictObject({ grantId: z.number().int().positive(), days: z.number().int().min(1).max(365).default(30) });

/** Column ids of the reconciliation grid. */
export const RECONCILIATION_COLUMNS = ['reference', 'grantee', 'country', 'currency', 'status', 'amount', 'disbursed', 'awaiting', 'received', 'outstanding', 'unreceivedCount', 'unmatchedReceived'] as const;

/** A page of the reconciliation grid across grants. */
export const ReconciliationPageInput = GridPageInput(RECONCILIATION_COLUMNS);
