/**
 * The Audit grid's infinite-row-model datasource over 'audit.page' (columns in ./audit-columns):
 * the shared translation of ag-grid's models (../../components/grid-datasource) bound to the
 * audit columns the API whitelists.
 */
import type { Input, Output } from '../../../../core/api/handlers';
import { AUDIT_COLUMNS } from '../../../../core/api/schemas/audit';
import { createGridDatasource, gridRequests, type GridDatasource, type GridDatasourceOptions } from '../../components/grid-datasource';

export type AuditPageInput = Input<'audit.page'>;
export type AuditPage = Output<'audit.page'>;
export type AuditRow = AuditPage['rows'][number];

const requests = gridRequests(AUDIT_COLUMNS);

/** The 'audit.page' input for one block the grid asks for. */
export const toAuditPageInput: (...args: Parameters<typeof requests.toPageInput>) => AuditPageInput = requests.toPageInput;

/** An infinite-row-model datasource over 'audit.page'. */
export function createAuditDatasource(options: GridDatasourceOptions<AuditPageInput, AuditRow>): GridDatasource {
  return createGridDatasource(toAuditPageInput, options);
}
