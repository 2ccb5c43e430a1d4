import { z } from 'zod';
import { accountsOf, organisationOptions } from '../../db/queries/organisations';
import { organisationsPage } from '../../db/queries/organisations-grid';
import { budgetLinesOf, organisationDetail } from '../../db/queries/register';
import { command, query } from './define';
import { AppError } from './errors';
import { NoInput } from './schemas/app';
import { IsoDate } from './schemas/money-flow';
import {
  AddAccountInput,
  AddBudgetLineInput,
  CloseAccountInput,
  CreateOrganisationInput,
  DeactivateOrganisationInput,
  IdInput,
  LookAlikesInput,
  OrganisationsPageInput,
  UpdateOrganisationInput,
} from './schemas/register';
import { lookAlikes } from '../services/look-alikes';
import { addAccount, addBudgetLine, closeAccount, createOrganisation, deactivateOrganisation, editOrganisation } from '../services/register';

/** Administrators and coordinators keep the register; finance officers register grantees' accounts. */
const REGISTER = ['administrator', 'coordinator'] as const;
const ACCOUNTS = ['administrator', 'coordinator', 'finance_officer'] as const;

export const organisationsApi = {
  /** Every organisation not deactivated, for choosing a grantor or grantee. */
  'organisations.options': query('signed-in', NoInput, (ctx) => organisationOptions(ctx.db)),
  /** The registered bank accounts of an organisation (valid on `date` when given): the only possible payees. */
  'organisations.accounts': query(
    'signed-in',
    z.strictObject({ organisationId: z.number().int().positive(), date: IsoDate.optional() }),
    (ctx, i) => accountsOf(ctx.db, i.organisationId, i.date),
  ),
  /** A page of the Organisations grid. */
  'organisations.page': query('signed-in', OrganisationsPageInput, (ctx, i) => organisationsPage(ctx.db, i)),
  /** One organisation with its accounts, people, grants given and received and budget lines. */
  'organisations.get': query('signed-in', IdInput, (ctx, i) => {
    const d = organisationDetail(ctx.db, i.id);
    if (!d) throw new AppError('not_found', `Organisation ${i.id} does not exist`, { id: i.id });
    return d;
  }),
  /** Other organisations and people already holding an identifier of the record being entered. */
  'organisations.lookAlikes': query('signed-in', LookAlikesInput, (ctx, i) => lookAlikes(ctx, i)),
  'organisations.create': command(REGISTER, CreateOrganisationInput, (ctx, i) => createOrganisation(ctx, i)),
  'organisations.update': command(REGISTER, UpdateOrganisationInput, (ctx, i) => editOrganisation(ctx, i)),
  /** Deactivates (never deletes); refused while the organisation has grants not closed or cancelled. */
  'organisations.deactivate': command(REGISTER, DeactivateOrganisationInput, (ctx, i) => deactivateOrganisation(ctx, i)),
  /** A new bank account of an organisation or a person, with the reason (audited). */
  'organisations.addAccount': command(ACCOUNTS, AddAccountInput, (ctx, i) => addAccount(ctx, i)),
  /** Ends an account's link on a day, with the reason (audited). */
  'organisations.closeAccount': command(ACCOUNTS, CloseAccountInput, (ctx, i) => closeAccount(ctx, i)),
  /** An organisation's budget lines, for choosing the one a grant funds. */
  'organisations.budgetLines': query('signed-in', z.strictObject({ organisationId: z.number().int().positive() }), (ctx, i) => budgetLinesOf(ctx.db, i.organisationId)),
  /** What a grantee declared it needs: purpose, period, amount. */
  'organisations.addBudgetLine': command(REGISTER, AddBudgetLineInput, (ctx, i) => addBudgetLine(ctx, i)),
};
