import { approveDisbursement } from '../services/four-eyes';
import { command } from './define';
import { DisbursementIdInput } from './schemas/disbursements';

export const disbursementsApi = {
  /**
   * Second-person approval of a disbursement. Administrators manage accounts and so do not approve
   * payments (separation of duties); funder-auditors change no money record.
   */
  'disbursements.approve': command(['coordinator', 'finance_officer'], DisbursementIdInput, (ctx, i) => approveDisbursement(ctx, i.id)),
};
