/**
 * The Audit grid's page input for 'audit.page' (the datasource is ServerGrid's; columns in ./audit-columns):
 * the shared translation of ag-grid's models (../../components/grid-datasource) bound to the
 * audit columns the API whitelists.
 */
import type { Input, Output } from '../../../../core/api/handlers';
import { AUDIT_COLUMNS } from '../../../../core/api/schemas/audit';
import { gridRequests } from '../../components/grid-datasource';

export type AuditPageInput = Input<'audit.page'>;
export type AuditPage = Output<'audit.page'>;
export type AuditRow = AuditPage['rows'][number];

const requests = gridRequests(AUDIT_COLUMNS);

/** The 'audit.page' input for one block the grid asks for. */
export const toAuditPageInput: (...args: Parameters<typeof requests.toPageInput>) => AuditPageInput = requests.toPageInput;
