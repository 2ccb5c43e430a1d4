import { getMeta } from '../../db/queries/meta';
import { userCount } from '../../db/queries/users';
import { DEMO_ACCOUNTS } from '../demo/accounts';
import { setupAdministrator, signIn } from '../services/auth';
import { command, query } from './define';
import { NoInput } from './schemas/app';
import { SetupInput, SignInInput } from './schemas/auth';

export const authApi = {
  /** What the sign-in screen needs before anyone is signed in. */
  'auth.status': query('public', NoInput, (ctx) => {
    const demo = getMeta(ctx.db, 'dataset') === 'demo';
    return {
      needsSetup: userCount(ctx.db) === 0,
      dataset: (getMeta(ctx.db, 'dataset') ?? 'user') as 'demo' | 'empty' | 'user',
      // Demo databases carry published demo accounts; real ones never list anything here.
      demoAccounts: demo ? DEMO_ACCOUNTS.map(({ username, role, password }) => ({ username, role, password })) : [],
      user: ctx.actor,
    };
  }),
  /** Signs in; five wrong passwords in a row lock the account for 15 minutes. */
  'auth.signIn': command('public', SignInInput, (ctx, i) => signIn(ctx, i.username, i.password)),
  /** The first administrator of a new database. */
  'auth.setup': command('public', SetupInput, (ctx, i) => setupAdministrator(ctx, i)),
  /** Ends this session. */
  'auth.signOut': query('signed-in', NoInput, (ctx) => {
    if (ctx.session) ctx.sessions.close(ctx.session);
    return { signedOut: true };
  }),
};
