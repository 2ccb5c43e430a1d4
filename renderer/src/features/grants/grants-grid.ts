/**
 * The Grants grid's page input for 'grants.page' (the datasource is ServerGrid's; the columns are in
 * ./grants-columns). The translation of ag-grid's models is shared with the other grids
 * (../../components/grid-datasource); this file binds it to the Grants columns.
 */
import type { Input, Output } from '../../../../core/api/handlers';
import { GRANT_COLUMNS } from '../../../../core/api/schemas/grants';
import { gridRequests } from '../../components/grid-datasource';

export {
  DATE_FILTER_OPTIONS,
  MAX_CONDITIONS,
  NUMBER_FILTER_OPTIONS,
  TEXT_FILTER_OPTIONS,
  queryKey,
} from '../../components/grid-datasource';

export type GrantsPageInput = Input<'grants.page'>;
export type GrantsPage = Output<'grants.page'>;
export type GrantRow = GrantsPage['rows'][number];

const requests = gridRequests(GRANT_COLUMNS);

/** ag-grid's filter model, keyed by colId, reduced to Grants columns and accepted operators. */
export const toFilterModel = requests.toFilterModel;
/** ag-grid's sort model reduced to { colId, sort } of Grants columns (the API allows four). */
export const toSortModel = requests.toSortModel;
/** The 'grants.page' input for one block the grid asks for. */
export const toPageInput: (...args: Parameters<typeof requests.toPageInput>) => GrantsPageInput = requests.toPageInput;
