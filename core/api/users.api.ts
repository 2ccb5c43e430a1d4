import { listUsers } from '../../db/queries/users';
import { z } from 'zod';
import { createUser, setDisabled, unlockUser } from '../services/auth';
import { command, query } from './define';
import { NoInput } from './schemas/app';
import { CreateUserInput } from './schemas/auth';

export const usersApi = {
  /** Accounts, without password hashes. */
  'users.list': query(['administrator'], NoInput, (ctx) => listUsers(ctx.db)),
  /** A new account. */
  'users.create': command(['administrator'], CreateUserInput, (ctx, i) => createUser(ctx, i)),
  /** Lifts a sign-in lock. */
  'users.unlock': command(['administrator'], z.strictObject({ id: z.number().int().positive() }), (ctx, i) => unlockUser(ctx, i.id)),
  /** Disables or re-enables an account (its sessions end at once). */
  'users.setDisabled': command(['administrator'], z.strictObject({ id: z.number().int().positive(), disabled: z.boolean() }), (ctx, i) => setDisabled(ctx, i.id, i.disabled)),
};
