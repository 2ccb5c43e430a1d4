import { matchReceipt, recordDifference, recordReceipt } from '../services/receipts';
import { command } from './define';
import { ManualMatchInput, RecordDifferenceInput, RecordReceiptInput } from './schemas/receipts';

export const receiptsApi = {
  /** Records money received; matched to disbursements automatically where amount, dates and reference agree. */
  'receipts.record': command(['coordinator', 'finance_officer'], RecordReceiptInput, (ctx, i) => recordReceipt(ctx, i)),
  /** Matches (part of) a receipt to a disbursement by hand. */
  'receipts.match': command(['coordinator', 'finance_officer'], ManualMatchInput, (ctx, i) => matchReceipt(ctx, i)),
  /** Records an exchange difference or bank charge on a payment, with a reason, so its reconciliation closes. */
  'receipts.recordDifference': command(['coordinator', 'finance_officer'], RecordDifferenceInput, (ctx, i) => recordDifference(ctx, i)),
};
