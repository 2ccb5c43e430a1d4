import { approveDisbursement } from '../services/four-eyes';
import { recordDisbursement } from '../services/money-flow';
import { RecordDisbursementInput } from './schemas/money-flow';
import { command, job, query } from './define';
import { AwaitingApprovalInput, DisbursementIdInput, DisbursementsPageInput, ImportDisbursementsInput } from './schemas/disbursements';
import { awaitingApproval } from '../../db/queries/disbursement-approval';
import { disbursementsPage } from '../../db/queries/disbursements-grid';
import { importDisbursements } from '../services/disbursement-import';

export const disbursementsApi = {
  /** A page of every disbursement across grants, sorted and filtered in SQL. */
  'disbursements.page': query('signed-in', DisbursementsPageInput, (ctx, i) => disbursementsPage(ctx.db, i)),
  /** Records money released against a tranche (see recordDisbursement for what is refused). */
  'disbursements.record': command(['coordinator', 'finance_officer'], RecordDisbursementInput, (ctx, i) => recordDisbursement(ctx, i)),
  /**
   * Records many disbursements in one transaction; the first row breaking a rule is named and
   * nothing is written. A write job: progress per row, and a cancel rolls the whole import back.
   */
  'disbursements.import': job(['coordinator', 'finance_officer'], ImportDisbursementsInput, { write: true, label: 'importDisbursements' }, (ctx, i, control) =>
    importDisbursements(ctx, i, control),
  ),
  /**
   * Second-person approval of a disbursement. Administrators manage accounts and so do not approve
   * payments (separation of duties); funder-auditors change no money record.
   */
  'disbursements.approve': command(['coordinator', 'finance_officer'], DisbursementIdInput, (ctx, i) => approveDisbursement(ctx, i.id)),
  /**
   * Payments awaiting their second approval: those the signed-in user may approve (recorded by
   * someone else) and those they recorded themselves, waiting for a colleague.
   */
  'disbursements.awaitingApproval': query(['coordinator', 'finance_officer'], AwaitingApprovalInput, (ctx) => {
    const rows = awaitingApproval(ctx.db);
    return { mine: rows.filter((r) => r.recordedBy !== ctx.actor!.id), recordedByMe: rows.filter((r) => r.recordedBy === ctx.actor!.id) };
  }),
};
