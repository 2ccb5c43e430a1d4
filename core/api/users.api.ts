import { listUsers } from '../../db/queries/users';
import { createUser } from '../services/auth';
import { command, query } from './define';
import { NoInput } from './schemas/app';
import { CreateUserInput } from './schemas/auth';

export const usersApi = {
  /** Accounts, without password hashes. */
  'users.list': query(['administrator'], NoInput, (ctx) => listUsers(ctx.db)),
  /** A new account. */
  'users.create': command(['administrator'], CreateUserInput, (ctx, i) => createUser(ctx, i)),
};
