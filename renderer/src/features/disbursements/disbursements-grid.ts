/**
 * The Disbursements grid's infinite-row-model datasource input over 'disbursements.page', bound to
 * its column whitelist (the translation of ag-grid's models is shared: ../../components/grid-datasource).
 */
import type { Input, Output } from '../../../../core/api/handlers';
import { DISBURSEMENT_COLUMNS } from '../../../../core/api/schemas/disbursements';
import { gridRequests } from '../../components/grid-datasource';

export type DisbursementsPageInput = Input<'disbursements.page'>;
export type DisbursementRow = Output<'disbursements.page'>['rows'][number];
export type DisbursementColumn = (typeof DISBURSEMENT_COLUMNS)[number];

const requests = gridRequests(DISBURSEMENT_COLUMNS);

/** The 'disbursements.page' input for one block the grid asks for. */
export const toPageInput: (...args: Parameters<typeof requests.toPageInput>) => DisbursementsPageInput = requests.toPageInput;
