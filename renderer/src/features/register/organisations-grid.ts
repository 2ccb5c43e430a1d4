/** The Organisations grid's page input over 'organisations.page', bound to its column whitelist. */
import type { Input, Output } from '../../../../core/api/handlers';
import { ORGANISATION_COLUMNS } from '../../../../core/api/schemas/register';
import { gridRequests } from '../../components/grid-datasource';

export type OrganisationsPageInput = Input<'organisations.page'>;
export type OrganisationRow = Output<'organisations.page'>['rows'][number];
export type OrganisationColumn = (typeof ORGANISATION_COLUMNS)[number];

const requests = gridRequests(ORGANISATION_COLUMNS);
export const toOrganisationsPageInput: (...args: Parameters<typeof requests.toPageInput>) => OrganisationsPageInput = requests.toPageInput;
