/**
 * The Reconciliation grid's infinite-row-model datasource over 'reconciliation.page', bound to its
 * column whitelist (the translation of ag-grid's models is shared: ../../components/grid-datasource).
 */
import type { Input, Output } from '../../../../core/api/handlers';
import { RECONCILIATION_COLUMNS } from '../../../../core/api/schemas/receipts';
import { createGridDatasource, gridRequests, type GridDatasource, type GridDatasourceOptions } from '../../components/grid-datasource';

export type ReconciliationPageInput = Input<'reconciliation.page'>;
export type ReconciliationRow = Output<'reconciliation.page'>['rows'][number];

const requests = gridRequests(RECONCILIATION_COLUMNS);

/** The 'reconciliation.page' input for one block the grid asks for. */
export const toPageInput: (...args: Parameters<typeof requests.toPageInput>) => ReconciliationPageInput = requests.toPageInput;

/** An infinite-row-model datasource over 'reconciliation.page'. */
export function createReconciliationDatasource(options: GridDatasourceOptions<ReconciliationPageInput, ReconciliationRow>): GridDatasource {
  return createGridDatasource(toPageInput, options);
}
