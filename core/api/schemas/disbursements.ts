import { z } from 'zod';
import { GridPageInput } from './grid';
import { RecordDisbursementInput } from './money-flow';

/** One disbursement by its id. */
export const DisbursementIdInput = z.strictObject({ id: z.number().int().positive() });

/** The approvers' list takes no input: it is the signed-in user's. */
export const AwaitingApprovalInput = z.strictObject({});

/** The four-eyes threshold: amount in EUR cents (minor units), at least EUR 1.00. */
export const FourEyesThresholdInput = z.strictObject({ thresholdEurMinor: z.number().int().min(100).max(1e13) });

/** Most rows one import takes: a year of a country's payments, and a bound on one transaction. */
export const MAX_IMPORT_ROWS = 100_000;

/** Many disbursements at once (a funder's payment run or a bank statement): all or nothing. */
export const ImportDisbursementsInput = z.strictObject({ rows: z.array(RecordDisbursementInput).min(1).max(MAX_IMPORT_ROWS) });

/** Column ids of the Disbursements grid. */
export const DISBURSEMENT_COLUMNS = ['id', 'paidDate', 'reference', 'grantee', 'country', 'amount', 'currency', 'bankReference'] as const;

/** A page of the Disbursements grid across all grants. */
export const DisbursementsPageInput = GridPageInput(DISBURSEMENT_COLUMNS);
