/** People, their roles in organisations and their ties to each other, and which person a user account is. */
import type { z } from 'zod';
import { endPersonRole, insertPerson, insertPersonRelation, insertPersonRole, linkUserToPerson, updatePerson } from '../../db/repositories/people';
import { organisationById, personById, roleById, userExists } from '../../db/queries/register';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import type { AddRelationInput, AddRoleInput, CreatePersonInput, EndRoleInput, LinkUserInput, UpdatePersonInput } from '../api/schemas/register';
import { personRules, relationRules, roleRules, type RegisterIssue } from '../domain/register/rules';
import { refuse } from './register';

export function createPerson(ctx: Ctx, p: z.output<typeof CreatePersonInput>) {
  const { issues, phone } = personRules(p);
  if (issues.length > 0) throw refuse(issues);
  return { id: insertPerson(ctx.db, { ...p, phone, createdAt: ctx.clock.now().toISOString() }) };
}

export function editPerson(ctx: Ctx, i: z.output<typeof UpdatePersonInput>) {
  const { id, reason: _reason, ...p } = i;
  if (!personById(ctx.db, id)) throw new AppError('not_found', `Person ${id} does not exist`, { id });
  const { issues, phone } = personRules(p);
  if (issues.length > 0) throw refuse(issues);
  updatePerson(ctx.db, id, { ...p, phone });
  return { id };
}

export function addRole(ctx: Ctx, r: z.output<typeof AddRoleInput>) {
  const issues: RegisterIssue[] = roleRules(r);
  if (!personById(ctx.db, r.personId)) issues.push({ path: 'personId', code: 'not_found', message: `personId: person ${r.personId} does not exist` });
  if (!organisationById(ctx.db, r.organisationId)) issues.push({ path: 'organisationId', code: 'not_found', message: `organisationId: organisation ${r.organisationId} does not exist` });
  if (issues.length > 0) throw refuse(issues);
  return { id: insertPersonRole(ctx.db, r) };
}

export function endRole(ctx: Ctx, i: z.output<typeof EndRoleInput>) {
  const r = roleById(ctx.db, i.id);
  if (!r) throw new AppError('not_found', `Role ${i.id} does not exist`, { id: i.id });
  if (r.endDate !== null) throw new AppError('conflict', `The role ended on ${r.endDate}`, { date: r.endDate });
  const issues = roleRules({ startDate: r.startDate, endDate: i.endDate });
  if (issues.length > 0) throw refuse(issues);
  endPersonRole(ctx.db, i.id, i.endDate);
  return { id: i.id, endDate: i.endDate };
}

export function addRelation(ctx: Ctx, r: z.output<typeof AddRelationInput>) {
  const issues = relationRules(r);
  if (!personById(ctx.db, r.personId)) issues.push({ path: 'personId', code: 'not_found', message: `personId: person ${r.personId} does not exist` });
  if (r.relativeId !== r.personId && !personById(ctx.db, r.relativeId)) issues.push({ path: 'relativeId', code: 'not_found', message: `relativeId: person ${r.relativeId} does not exist` });
  if (issues.length > 0) throw refuse(issues);
  return { id: insertPersonRelation(ctx.db, r) };
}

export function linkUser(ctx: Ctx, i: z.output<typeof LinkUserInput>) {
  const issues: RegisterIssue[] = [];
  if (!userExists(ctx.db, i.userId)) issues.push({ path: 'userId', code: 'not_found', message: `userId: user ${i.userId} does not exist` });
  if (i.personId !== null && !personById(ctx.db, i.personId)) issues.push({ path: 'personId', code: 'not_found', message: `personId: person ${i.personId} does not exist` });
  if (issues.length > 0) throw refuse(issues);
  linkUserToPerson(ctx.db, i.userId, i.personId);
  return { userId: i.userId, personId: i.personId };
}
