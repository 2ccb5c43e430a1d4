import { z } from 'zod';
import { accountsOf, organisationOptions } from '../../db/queries/organisations';
import { query } from './define';
import { NoInput } from './schemas/app';
import { IsoDate } from './schemas/money-flow';

export const organisationsApi = {
  /** Every organisation, for choosing a grantor or grantee. */
  'organisations.options': query('signed-in', NoInput, (ctx) => organisationOptions(ctx.db)),
  /** The registered bank accounts of an organisation (valid on `date` when given): the only possible payees. */
  'organisations.accounts': query(
    'signed-in',
    z.strictObject({ organisationId: z.number().int().positive(), date: IsoDate.optional() }),
    (ctx, i) => accountsOf(ctx.db, i.organisationId, i.date),
  ),
};
