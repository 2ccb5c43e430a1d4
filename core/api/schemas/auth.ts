import { z } from 'zod';
import { USER_ROLES } from '../../../db/schema/users';

const username = z
  .string()
  .trim()
  .min(3, 'at least 3 characters')
  .max(40)
  .regex(/^[a-z0-9._-]+$/, 'lower-case letters, digits, dot, dash or underscore');
const password = z.string().min(1).max(200);

/** Sign in with a user name and password. */
export const SignInInput = z.strictObject({ username: z.string().trim().min(1).max(40), password });

/** The first administrator of a new database; refused once any account exists. */
export const SetupInput = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(80),
  password: z.string().min(10, 'at least 10 characters').max(200),
});

/** A new account, created by an administrator. */
export const CreateUserInput = SetupInput.extend({ role: z.enum(USER_ROLES) });
