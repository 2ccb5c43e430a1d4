import type { Actor, Ctx } from '../api/define';
import { AppError } from '../api/errors';
import { insertUser, listUsers, recordSignInFailure, recordSignInSuccess, setUserDisabled, userById, userByUsername, userCount } from '../../db/queries/users';
import type { UserRole } from '../../db/schema';
import { hashPassword, verifyPassword } from './passwords';

/** Failed sign-ins in a row that lock an account. */
export const MAX_FAILED_SIGN_INS = 5;
/** How long a locked account stays locked. */
export const LOCK_MINUTES = 15;

// Verifying against a real hash even for an unknown user name keeps the answer time the same,
// so the time does not tell which names exist.
const DUMMY_HASH = hashPassword('tranche-no-such-user', Buffer.alloc(16));

export type SignedIn = { session: string; user: Actor; locale: string | null };

function actorOf(u: { id: number; username: string; displayName: string; role: UserRole }): Actor {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role };
}

/** The user a session token belongs to, if the session is live and the account usable. */
export function actorForSession(ctx: Pick<Ctx, 'db' | 'sessions'>, token: string | undefined): Actor | null {
  const id = ctx.sessions.userOf(token);
  if (id === undefined) return null;
  const u = userById(ctx.db, id);
  if (!u || u.disabled) return null;
  return actorOf(u);
}

/** Checks a password; counts failures and locks the account after MAX_FAILED_SIGN_INS. */
export function signIn(ctx: Ctx, username: string, password: string): SignedIn {
  const u = userByUsername(ctx.db, username.toLowerCase());
  const now = ctx.clock.now();
  if (!u || u.disabled || !u.passwordHash) {
    verifyPassword(password, DUMMY_HASH);
    throw new AppError('forbidden', 'Wrong user name or password', { reason: 'credentials' });
  }
  if (u.lockedUntil && u.lockedUntil > now.toISOString()) {
    throw new AppError('forbidden', `This account is locked until ${u.lockedUntil} after repeated failed sign-ins`, { reason: 'locked', until: u.lockedUntil });
  }
  if (!verifyPassword(password, u.passwordHash)) {
    const failures = u.failedSignIns + 1;
    const lockedUntil = failures >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    recordSignInFailure(ctx.db, u.id, lockedUntil ? 0 : failures, lockedUntil);
    // commit: the failure count must survive the refusal.
    throw new AppError('forbidden', 'Wrong user name or password', { reason: 'credentials' }, undefined, true);
  }
  recordSignInSuccess(ctx.db, u.id);
  return { session: ctx.sessions.open(u.id), user: actorOf(u), locale: u.locale };
}

/** Creates the first administrator of a database that has no accounts, and signs them in. */
export function setupAdministrator(ctx: Ctx, v: { username: string; displayName: string; password: string }): SignedIn {
  if (userCount(ctx.db) > 0) throw new AppError('conflict', 'This database already has accounts; sign in instead', { reason: 'has_users' });
  const id = insertUser(ctx.db, {
    username: v.username.toLowerCase(),
    displayName: v.displayName,
    role: 'administrator',
    passwordHash: hashPassword(v.password),
    createdAt: ctx.clock.now().toISOString(),
  });
  return { session: ctx.sessions.open(id), user: actorOf(userById(ctx.db, id)!), locale: null };
}

/** Creates an account (administrators only, checked by the API table). */
export function createUser(ctx: Ctx, v: { username: string; displayName: string; password: string; role: UserRole }) {
  if (userByUsername(ctx.db, v.username.toLowerCase())) {
    throw new AppError('conflict', `The user name "${v.username}" is taken`, { username: v.username }, [{ path: 'username', code: 'taken', message: 'already taken' }]);
  }
  const id = insertUser(ctx.db, {
    username: v.username.toLowerCase(),
    displayName: v.displayName,
    role: v.role,
    passwordHash: hashPassword(v.password),
    createdAt: ctx.clock.now().toISOString(),
  });
  return listUsers(ctx.db).find((u) => u.id === id)!;
}

/** Lifts a lock left by repeated failed sign-ins. */
export function unlockUser(ctx: Ctx, id: number) {
  if (!userById(ctx.db, id)) throw new AppError('not_found', `User ${id} does not exist`, { id });
  recordSignInSuccess(ctx.db, id);
  return listUsers(ctx.db).find((u) => u.id === id)!;
}

/** Disables or re-enables an account; a disabled account is signed out at once. Nobody disables themselves. */
export function setDisabled(ctx: Ctx, id: number, disabled: boolean) {
  if (!userById(ctx.db, id)) throw new AppError('not_found', `User ${id} does not exist`, { id });
  if (disabled && id === ctx.actor?.id) throw new AppError('conflict', 'You cannot disable your own account', { reason: 'self' });
  setUserDisabled(ctx.db, id, disabled);
  if (disabled) ctx.sessions.closeAllOf(id);
  return listUsers(ctx.db).find((u) => u.id === id)!;
}
