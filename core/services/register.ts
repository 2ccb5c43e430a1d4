/**
 * The register of organisations, their bank accounts and budget lines: field rules from
 * core/domain/register, uniqueness and existence here. Every refusal names its field and writes
 * nothing (dispatch rolls the transaction back); organisations are deactivated, never deleted.
 */
import type { z } from 'zod';
import { closeBankAccount, insertBankAccount, insertBudgetLine, insertOrganisation, updateOrganisation } from '../../db/repositories/organisations';
import { accountById, iatiHolder, openGrantsOf, organisationById, personById, registrationHolder } from '../../db/queries/register';
import type { Ctx } from '../api/define';
import { AppError, type Issue } from '../api/errors';
import type { AddAccountInput, AddBudgetLineInput, CloseAccountInput, CreateOrganisationInput, DeactivateOrganisationInput, UpdateOrganisationInput } from '../api/schemas/register';
import { accountRules, budgetLineRules, organisationRules, type RegisterIssue } from '../domain/register/rules';

/** One invalid_input error carrying every issue, each at its field. */
export function refuse(issues: readonly RegisterIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join('; '), undefined, issues.map((i): Issue => ({ ...i })));
}

type OrganisationInput = z.output<typeof CreateOrganisationInput>;

function checkedOrganisation(ctx: Ctx, o: OrganisationInput, exceptId?: number) {
  const { issues, phone, iatiIdentifier } = organisationRules(o, ctx.clock.today());
  if (o.registrationNumber) {
    const holder = registrationHolder(ctx.db, o.country, o.registrationNumber, exceptId);
    if (holder) issues.push({ path: 'registrationNumber', code: 'taken', message: `registrationNumber ${o.registrationNumber} is already registered in ${o.country} to ${holder.name}` });
  }
  if (iatiIdentifier && !issues.some((i) => i.path === 'iatiIdentifier')) {
    const holder = iatiHolder(ctx.db, iatiIdentifier, exceptId);
    if (holder) issues.push({ path: 'iatiIdentifier', code: 'taken', message: `iatiIdentifier ${iatiIdentifier} belongs to ${holder.name}` });
  }
  if (issues.length > 0) throw refuse(issues);
  return { ...o, phone, iatiIdentifier };
}

export function createOrganisation(ctx: Ctx, o: OrganisationInput) {
  const values = checkedOrganisation(ctx, o);
  const at = ctx.clock.now().toISOString();
  return { id: insertOrganisation(ctx.db, { ...values, createdAt: at, updatedAt: at }) };
}

export function editOrganisation(ctx: Ctx, i: z.output<typeof UpdateOrganisationInput>) {
  const { id, reason: _reason, ...fields } = i;
  if (!organisationById(ctx.db, id)) throw new AppError('not_found', `Organisation ${id} does not exist`, { id });
  const values = checkedOrganisation(ctx, fields, id);
  updateOrganisation(ctx.db, id, { ...values, updatedAt: ctx.clock.now().toISOString() });
  return { id };
}

/** Deactivates an organisation (kept, with its history); refused while it has grants not closed or cancelled, which are named. */
export function deactivateOrganisation(ctx: Ctx, i: z.output<typeof DeactivateOrganisationInput>) {
  const o = organisationById(ctx.db, i.id);
  if (!o) throw new AppError('not_found', `Organisation ${i.id} does not exist`, { id: i.id });
  if (o.deactivatedAt) throw new AppError('conflict', `${o.name} was deactivated on ${o.deactivatedAt.slice(0, 10)}`, { date: o.deactivatedAt.slice(0, 10) });
  const open = openGrantsOf(ctx.db, i.id);
  if (open.length > 0) {
    const refs = open.map((g) => g.reference).join(', ');
    throw new AppError('conflict', `${o.name} has ${open.length} grant(s) not closed or cancelled: ${refs}`, { count: open.length, grants: refs, reason: 'open_grants' });
  }
  const at = ctx.clock.now().toISOString();
  updateOrganisation(ctx.db, i.id, { deactivatedAt: at, updatedAt: at });
  return { id: i.id, deactivatedAt: at };
}

/**
 * Registers an account of an organisation or a person. Finance officers may register accounts of
 * grantees only (where the money they record arrives); administrators and coordinators any.
 */
export function addAccount(ctx: Ctx, i: z.output<typeof AddAccountInput>) {
  const issues: RegisterIssue[] = [];
  if (i.organisationId !== undefined) {
    const o = organisationById(ctx.db, i.organisationId);
    if (!o) issues.push({ path: 'organisationId', code: 'not_found', message: `organisationId: organisation ${i.organisationId} does not exist` });
    else if (ctx.actor?.role === 'finance_officer' && o.side === 'funder') {
      throw new AppError('forbidden', `A finance officer registers accounts of grantees only; ${o.name} is a funder`, { reason: 'not_grantee' });
    }
  } else if (!personById(ctx.db, i.personId!)) {
    issues.push({ path: 'personId', code: 'not_found', message: `personId: person ${i.personId} does not exist` });
  } else if (ctx.actor?.role === 'finance_officer') {
    throw new AppError('forbidden', 'A finance officer registers accounts of grantees only, not of people', { reason: 'not_grantee' });
  }
  const rules = accountRules({ kind: i.kind, iban: i.iban, validFrom: i.validFrom, validTo: i.validTo ?? null });
  issues.push(...rules.issues);
  if (issues.length > 0) throw refuse(issues);
  const id = insertBankAccount(ctx.db, {
    organisationId: i.organisationId ?? null,
    personId: i.personId ?? null,
    kind: i.kind,
    iban: rules.iban,
    bankName: i.bankName,
    currency: i.currency,
    holderName: i.holderName,
    validFrom: i.validFrom,
    validTo: i.validTo ?? null,
    createdAt: ctx.clock.now().toISOString(),
  });
  return { id, iban: rules.iban };
}

/** Ends an account's link on a day; payments dated after it are refused from then on. */
export function closeAccount(ctx: Ctx, i: z.output<typeof CloseAccountInput>) {
  const a = accountById(ctx.db, i.id);
  if (!a) throw new AppError('not_found', `Account ${i.id} does not exist`, { id: i.id });
  if (ctx.actor?.role === 'finance_officer') {
    const o = a.organisationId === null ? undefined : organisationById(ctx.db, a.organisationId);
    if (!o || o.side === 'funder') throw new AppError('forbidden', 'A finance officer manages accounts of grantees only', { reason: 'not_grantee' });
  }
  if (a.validTo !== null) throw new AppError('conflict', `The account was closed on ${a.validTo}`, { date: a.validTo });
  if (i.validTo < a.validFrom) throw refuse([{ path: 'validTo', code: 'end_before_start', message: `validTo ${i.validTo} is before the start ${a.validFrom}` }]);
  closeBankAccount(ctx.db, i.id, i.validTo);
  return { id: i.id, validTo: i.validTo };
}

export function addBudgetLine(ctx: Ctx, i: z.output<typeof AddBudgetLineInput>) {
  const issues = budgetLineRules(i);
  if (!organisationById(ctx.db, i.organisationId)) issues.push({ path: 'organisationId', code: 'not_found', message: `organisationId: organisation ${i.organisationId} does not exist` });
  if (issues.length > 0) throw refuse(issues);
  return { id: insertBudgetLine(ctx.db, { ...i, createdAt: ctx.clock.now().toISOString() }) };
}
