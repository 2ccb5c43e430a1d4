import { approveDisbursement } from '../services/four-eyes';
import { recordDisbursement } from '../services/money-flow';
import { RecordDisbursementInput } from './schemas/money-flow';
import { command } from './define';
import { DisbursementIdInput } from './schemas/disbursements';

export const disbursementsApi = {
  /** Records money released against a tranche (see recordDisbursement for what is refused). */
  'disbursements.record': command(['coordinator', 'finance_officer'], RecordDisbursementInput, (ctx, i) => recordDisbursement(ctx, i)),
  /**
   * Second-person approval of a disbursement. Administrators manage accounts and so do not approve
   * payments (separation of duties); funder-auditors change no money record.
   */
  'disbursements.approve': command(['coordinator', 'finance_officer'], DisbursementIdInput, (ctx, i) => approveDisbursement(ctx, i.id)),
};
