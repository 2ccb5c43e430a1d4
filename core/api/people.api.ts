import { peoplePage } from '../../db/queries/people-grid';
import { personDetail } from '../../db/queries/register';
import { command, query } from './define';
import { AppError } from './errors';
import { AddRelationInput, AddRoleInput, CreatePersonInput, EndRoleInput, IdInput, LinkUserInput, PeoplePageInput, UpdatePersonInput } from './schemas/register';
import { addRelation, addRole, createPerson, editPerson, endRole, linkUser } from '../services/people';

const REGISTER = ['administrator', 'coordinator'] as const;

export const peopleApi = {
  /** A page of the People grid. */
  'people.page': query('signed-in', PeoplePageInput, (ctx, i) => peoplePage(ctx.db, i)),
  /** One person with roles, relationships, accounts and the user accounts that are them. */
  'people.get': query('signed-in', IdInput, (ctx, i) => {
    const d = personDetail(ctx.db, i.id);
    if (!d) throw new AppError('not_found', `Person ${i.id} does not exist`, { id: i.id });
    return d;
  }),
  'people.create': command(REGISTER, CreatePersonInput, (ctx, i) => createPerson(ctx, i)),
  'people.update': command(REGISTER, UpdatePersonInput, (ctx, i) => editPerson(ctx, i)),
  /** A role of a person in an organisation, with its dates and where it is known from. */
  'people.addRole': command(REGISTER, AddRoleInput, (ctx, i) => addRole(ctx, i)),
  'people.endRole': command(REGISTER, EndRoleInput, (ctx, i) => endRole(ctx, i)),
  /** A family or business tie between two people. */
  'people.addRelation': command(REGISTER, AddRelationInput, (ctx, i) => addRelation(ctx, i)),
  /** Links a user account to the person it is (administrators manage accounts). */
  'people.linkUser': command(['administrator'], LinkUserInput, (ctx, i) => linkUser(ctx, i)),
};
