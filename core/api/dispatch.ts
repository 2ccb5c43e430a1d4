import type { z } from 'zod';
import { GridFilterError } from '../../db/queries/grid-sql';
import { insertAccessRefusal } from '../../db/queries/users';
import { audited } from '../services/audit';
import { actorForSession } from '../services/auth';
import { randomUUID } from 'node:crypto';
import type { Access, Actor, Ctx } from './define';
import { controlFor, type JobControl, type JobProgress } from './jobs';
import { AppError, fail, type Issue, type Result } from './errors';
import { handlers, type MethodName } from './handlers';

/** What dispatch needs from its host: the database, the clock and the live sessions. */
export type CoreCtx = Omit<Ctx, 'actor' | 'session'>;

type Handler =
  | { kind: 'query' | 'command'; access: Access; input: z.ZodType; run: unknown }
  | { kind: 'job'; access: Access; input: z.ZodType; write: boolean; label: string; run: unknown };

function issuesOf(e: z.ZodError): Issue[] {
  return e.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}

/** A call that passed the checks every transport shares: known method, caller allowed, input valid. */
export type Admitted = { name: MethodName; h: Handler; ctx: Ctx; input: unknown };

/**
 * Checks a call by name with untrusted input, as the holder of `session`. Order: known method,
 * then who may call it, then input. A refusal by role is logged.
 */
export function admit(base: CoreCtx, name: unknown, raw: unknown, session?: string): Admitted | Result<never> {
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
  return { name: name as MethodName, h, ctx, input: parsed.data };
}

const isAdmitted = (x: Admitted | Result<never>): x is Admitted => !('ok' in x);

/**
 * Calls a handler by name with untrusted input, as the holder of `session`, synchronously: the
 * in-process path (tests, the command line, the core's own thread). Jobs need `dispatchAsync`.
 */
export function dispatch(base: CoreCtx, name: unknown, raw: unknown, session?: string): Result {
  const a = admit(base, name, raw, session);
  if (!isAdmitted(a)) return a;
  if (a.h.kind === 'job') {
    // A write job's body is synchronous (it runs inside its transaction), so it can run here, as
    // one command without progress; a read job may await worker threads and needs dispatchAsync.
    if (!a.h.write) return fail('invalid_input', `${a.name} is a long job: call it asynchronously`, { params: { method: a.name } });
    return runAdmitted(a);
  }
  return runAdmitted(a);
}

/** The control of a job run as a plain command: nothing listens, nothing cancels. */
const NO_CONTROL: JobControl = { progress: () => undefined, cancelled: () => false };

/** Runs an admitted query, command or (synchronous) write job, turning every failure into data. */
function runAdmitted(a: Admitted): Result {
  try {
    const run = a.h.run as (c: Ctx, i: unknown, control: JobControl) => unknown;
    const value = a.h.kind === 'query' ? run(a.ctx, a.input, NO_CONTROL) : runCommand(a.ctx, (c, i) => run(c, i, NO_CONTROL), a.input);
    return { ok: true, value };
  } catch (e) {
    return failureOf(a, e);
  }
}

function failureOf(a: Admitted, e: unknown): Result<never> {
  // A rule a service enforced (e.g. approving one's own disbursement) is a refusal too.
  if (e instanceof AppError && e.code === 'forbidden' && a.ctx.actor) logRefusal(a.ctx, a.ctx.actor, a.name, e.message);
  return toFailure(e);
}

/** Where a host runs an admitted job: a worker thread of its own. Absent: in this thread. */
export type JobRunner = (a: Admitted & { h: { kind: 'job' } }, jobId: string, flag: Int32Array, report: (p: JobProgress) => void) => Promise<Result>;

export type AsyncCallOptions = {
  /** The caller's id for a job call, so it can ask `jobs.status` and `jobs.cancel` while it runs. */
  jobId?: string;
  runJob?: JobRunner;
  /** How long a command waits, without blocking this thread, for another writer's lock (ms). */
  busyWaitMs?: number;
};

const JOB_ID = /^[A-Za-z0-9_-]{8,64}$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The asynchronous way in, for the hosts: jobs run through `runJob` (or here) with progress and
 * cancellation; a command finding the database locked by another writer is retried between other
 * calls for up to `busyWaitMs`, then answered `busy` (retryable), instead of blocking the thread.
 */
export async function dispatchAsync(base: CoreCtx, name: unknown, raw: unknown, session?: string, options: AsyncCallOptions = {}): Promise<Result> {
  const a = admit(base, name, raw, session);
  if (!isAdmitted(a)) return a;
  const writer = base.jobs.runningWrite();
  if (a.h.kind === 'job') {
    if (options.jobId !== undefined && !JOB_ID.test(options.jobId)) return fail('invalid_input', 'A job id is 8 to 64 letters, digits, - or _', { issues: [{ path: 'jobId', code: 'invalid_format', message: 'job id' }] });
    if (a.h.write && writer) return busy(writer.method);
    const jobId = options.jobId ?? randomUUID();
    let entry;
    try {
      entry = base.jobs.begin(jobId, a.name, a.h.label, a.h.write, a.ctx.actor?.id ?? null);
    } catch (e) {
      return toFailure(e);
    }
    const report = (p: JobProgress) => base.jobs.update(jobId, p);
    const job = a as Admitted & { h: { kind: 'job' } };
    let result: Result;
    try {
      result = options.runJob ? await options.runJob(job, jobId, entry.flag, report) : await runJobHere(job, controlFor(entry.flag, report));
    } catch (e) {
      result = failureOf(a, e);
    }
    base.jobs.finish(jobId, result.ok ? 'done' : result.error.code === 'cancelled' ? 'cancelled' : 'failed');
    return result;
  }
  if (a.h.kind === 'query') return runAdmitted(a);
  if (writer) return busy(writer.method);
  const deadline = Date.now() + (options.busyWaitMs ?? 0);
  for (;;) {
    const r = runAdmitted(a);
    if (r.ok || r.error.code !== 'busy' || Date.now() >= deadline) return r;
    await sleep(25);
  }
}

function busy(method: string): Result<never> {
  return fail('busy', `A long change (${method}) is being written; try again when it has finished. Nothing was saved.`, { params: { method } });
}

/**
 * Runs a job body in this thread: a write job in one IMMEDIATE transaction, audited like a
 * command (its body must be synchronous; cancelling throws inside it and rolls everything back).
 */
export async function runJobHere(a: Admitted & { h: { kind: 'job' } }, control: JobControl): Promise<Result> {
  try {
    const run = a.h.run as (c: Ctx, i: unknown, control: JobControl) => unknown;
    const value = a.h.write
      ? runCommand(a.ctx, (c, i) => {
          const out = run(c, i, control);
          if (out instanceof Promise) throw new Error(`write job ${a.name} must run synchronously inside its transaction`);
          return out;
        }, a.input)
      : await run(a.ctx, a.input, control);
    return { ok: true, value };
  } catch (e) {
    return failureOf(a, e);
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
  if (isBusy(e)) return fail('busy', 'The database is busy: another program or window is writing to it. Nothing was saved; try again.');
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

/** SQLite's "another connection holds the lock" (after the busy timeout), whatever wrapped it. */
function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}
