import type { z } from 'zod';
import { GridFilterError } from '../../db/queries/grid-sql';
import { audited } from '../services/audit';
import type { Ctx } from './define';
import { AppError, fail, type Issue, type Result } from './errors';
import { handlers, type MethodName } from './handlers';

function issuesOf(e: z.ZodError): Issue[] {
  return e.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}

/** Calls a handler by name with untrusted input; every transport (IPC, HTTP, tests) goes through here. */
export function dispatch(ctx: Ctx, name: unknown, raw: unknown): Result {
  if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) {
    return fail('unknown_method', `Unknown method "${String(name).slice(0, 80)}"`, { params: { method: String(name).slice(0, 80) } });
  }
  const h: { kind: 'query' | 'command'; input: z.ZodType; run: unknown } = handlers[name as MethodName];
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
    return toFailure(e);
  }
}

/**
 * A command runs in one IMMEDIATE transaction: the audit triggers log each row it changes, and
 * the entries are sealed into the hash chain before the commit, or rolled back with the change.
 */
function runCommand(ctx: Ctx, run: (c: Ctx, i: unknown) => unknown, input: unknown): unknown {
  const reason = typeof (input as { reason?: unknown }).reason === 'string' ? (input as { reason: string }).reason : null;
  const sqlite = ctx.db.$client;
  return sqlite
    .transaction(() => audited(sqlite, { userId: null, at: ctx.clock.now().toISOString(), reason }, () => run(ctx, input)))
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
