import type { z } from 'zod';
import { GridFilterError } from '../../db/queries/grid-sql';
import { insertAccessRefusal } from '../../db/queries/users';
import { audited } from '../services/audit';
import { actorForSession } from '../services/auth';
import type { Access, Actor, Ctx } from './define';
import { AppError, fail, type Issue, type Result } from './errors';
import { handlers, type MethodName } from './handlers';

/** What dispatch needs from its host: the database, the clock and the live sessions. */
export type CoreCtx = Omit<Ctx, 'actor' | 'session'>;

type Handler = { kind: 'query' | 'command'; access: Access; input: z.ZodType; run: unknown };

function issuesOf(e: z.ZodError): Issue[] {
  return e.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}

/**
 * Calls a handler by name with untrusted input, as the holder of `session`; every transport
 * (IPC, HTTP, tests) goes through here. Order: known method, then who may call it, then input.
 */
export function dispatch(base: CoreCtx, name: unknown, raw: unknown, session?: string): Result {
  if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) {
    return fail('unknown_method', `Unknown method "${String(name).slice(0, 80)}"`, { params: { method: String(name).slice(0, 80) } });
  }
  const h: Handler = handlers[name as MethodName];
  const actor = actorForSession(base, session);
  const ctx: Ctx = { ...base, actor, ...(session ? { session } : {}) };
  if (h.access !== 'public') {
    if (!actor) return fail('unauthenticated', 'Sign in first (no session, or it has expired)');
    if (h.access !== 'signed-in' && !h.access.includes(actor.role)) {
      const reason = `role ${actor.role} may not call ${name}`;
      logRefusal(ctx, actor, name, reason);
      return fail('forbidden', `Your role (${actor.role.replace('_', ' ')}) may not do this: ${name}`, { params: { method: name, role: actor.role } });
    }
  }
  const parsed = h.input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const first = issues[0];
    const message = first ? `Invalid input for ${name}: ${first.path || 'input'}: ${first.message}` : `Invalid input for ${name}`;
    return fail('invalid_input', message, { issues });
  }
  try {
    const run = h.run as (c: Ctx, i: unknown) => unknown;
    const value = h.kind === 'command' ? runCommand(ctx, run, parsed.data) : run(ctx, parsed.data);
    return { ok: true, value };
  } catch (e) {
    // A rule a service enforced (e.g. approving one's own disbursement) is a refusal too.
    if (e instanceof AppError && e.code === 'forbidden' && actor) logRefusal(ctx, actor, name, e.message);
    return toFailure(e);
  }
}

/**
 * A command runs in one IMMEDIATE transaction: the audit triggers log each row it changes, and
 * the entries are sealed into the hash chain before the commit, or rolled back with the change.
 * An AppError marked `commit` keeps what was written (a counted failed sign-in) and still fails.
 */
function runCommand(ctx: Ctx, run: (c: Ctx, i: unknown) => unknown, input: unknown): unknown {
  // The reason an action gives (a cancellation, an override) goes into every audit entry it writes.
  const given = input as { reason?: unknown; overrideReason?: unknown };
  const reason = typeof given.reason === 'string' ? given.reason : typeof given.overrideReason === 'string' ? given.overrideReason : null;
  const sqlite = ctx.db.$client;
  let kept: AppError | undefined;
  const value = sqlite
    .transaction(() =>
      audited(sqlite, { userId: ctx.actor?.id ?? null, at: ctx.clock.now().toISOString(), reason }, () => {
        try {
          return run(ctx, input);
        } catch (e) {
          if (e instanceof AppError && e.commit) {
            kept = e;
            return undefined;
          }
          throw e;
        }
      }),
    )
    .immediate();
  if (kept) throw kept;
  return value;
}

/** Records a refused call in its own audited transaction, after the refused work rolled back. */
function logRefusal(ctx: Ctx, actor: Actor, method: string, reason: string): void {
  const sqlite = ctx.db.$client;
  const at = ctx.clock.now().toISOString();
  sqlite
    .transaction(() => audited(sqlite, { userId: actor.id, at, reason: 'access refused' }, () => insertAccessRefusal(ctx.db, { at, userId: actor.id, role: actor.role, method, reason })))
    .immediate();
}

function toFailure(e: unknown): Result<never> {
  if (e instanceof AppError) {
    return fail(e.code, e.message, { ...(e.params ? { params: e.params } : {}), ...(e.issues ? { issues: e.issues } : {}) });
  }
  if (e instanceof GridFilterError) {
    return fail('invalid_input', `Filter on ${e.colId}: ${e.message}`, {
      issues: [{ path: `filterModel.${e.colId}`, code: 'invalid_filter', message: e.message }],
    });
  }
  // Unexpected: keep details out of the client but not out of the log.
  console.error('[tranche] internal error', e);
  return fail('internal', 'Internal error; the change was not saved.');
}
