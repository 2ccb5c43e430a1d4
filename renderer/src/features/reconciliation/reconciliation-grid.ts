/**
 * The Reconciliation grid's page input for 'reconciliation.page' (the datasource is ServerGrid's), bound to its
 * column whitelist (the translation of ag-grid's models is shared: ../../components/grid-datasource).
 */
import type { Input, Output } from '../../../../core/api/handlers';
import { RECONCILIATION_COLUMNS } from '../../../../core/api/schemas/receipts';
import { gridRequests } from '../../components/grid-datasource';

export type ReconciliationPageInput = Input<'reconciliation.page'>;
export type ReconciliationRow = Output<'reconciliation.page'>['rows'][number];

const requests = gridRequests(RECONCILIATION_COLUMNS);

/** The 'reconciliation.page' input for one block the grid asks for. */
export const toPageInput: (...args: Parameters<typeof requests.toPageInput>) => ReconciliationPageInput = requests.toPageInput;
