import { matchReceipt, recordReceipt } from '../services/receipts';
import { command } from './define';
import { ManualMatchInput, RecordReceiptInput } from './schemas/receipts';

export const receiptsApi = {
  /** Records money received; matched to disbursements automatically where amount, dates and reference agree. */
  'receipts.record': command(['coordinator', 'finance_officer'], RecordReceiptInput, (ctx, i) => recordReceipt(ctx, i)),
  /** Matches (part of) a receipt to a disbursement by hand. */
  'receipts.match': command(['coordinator', 'finance_officer'], ManualMatchInput, (ctx, i) => matchReceipt(ctx, i)),
};
