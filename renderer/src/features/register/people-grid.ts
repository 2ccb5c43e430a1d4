/** The People grid's page input over 'people.page', bound to its column whitelist. */
import type { Input, Output } from '../../../../core/api/handlers';
import { PEOPLE_COLUMNS } from '../../../../core/api/schemas/register';
import { gridRequests } from '../../components/grid-datasource';

export type PeoplePageInput = Input<'people.page'>;
export type PersonRow = Output<'people.page'>['rows'][number];
export type PersonColumn = (typeof PEOPLE_COLUMNS)[number];

const requests = gridRequests(PEOPLE_COLUMNS);
export const toPeoplePageInput: (...args: Parameters<typeof requests.toPageInput>) => PeoplePageInput = requests.toPageInput;
