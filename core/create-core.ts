import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openDatabase, type OpenOptions } from '../db/open';
import { setMeta } from '../db/queries/meta';
import { fixedClock, systemClock, type Actor, type Clock } from './api/define';
import { dispatch, dispatchAsync, runJobHere, type Admitted, type AsyncCallOptions, type CoreCtx } from './api/dispatch';
import { fail } from './api/errors';
import { handlers, type MethodName } from './api/handlers';
import { JobRegistry, type JobControl } from './api/jobs';
import { SessionStore } from './services/sessions';
import type { Result } from './api/errors';
import { audited } from './services/audit';
import { ensureReferenceData } from './services/reference-data';
import { seedDemoData } from './demo/seed';
import { listBackups } from './services/backup';

/** For the desktop host's File menu: where backups are, and restoring one (with the database closed). */
export { backupsDirOf, restoreDatabase } from './services/backup';

export type CoreOptions = OpenOptions & {
  dbPath: string;
  /** What to put in a database file that did not exist yet. */
  whenNew?: 'demo' | 'empty';
  clock?: Clock;
};

export type Core = {
  ctx: CoreCtx;
  dbPath: string;
  created: boolean;
  /** Calls one API method as the holder of `session` (none: only public methods answer). */
  call(name: unknown, input: unknown, session?: string): Result;
  /** Any method, jobs included (run in this thread unless `options.runJob` says where). */
  callAsync(name: unknown, input: unknown, session?: string, options?: AsyncCallOptions): Promise<Result>;
  close(): void;
};

/** Opens the database (creating and filling it on first use) and returns the one entry point hosts call. */
export function createCore(options: CoreOptions): Core {
  // A file a newer Tranche is about to migrate is first copied into its backups folder.
  const backupsDir = options.dbPath === ':memory:' ? undefined : join(dirname(resolve(options.dbPath)), 'backups');
  const opened = openDatabase(options.dbPath, { ...options, ...(backupsDir ? { backupsDir } : {}) });
  try {
    const clock = options.clock ?? systemClock;
    const ctx: CoreCtx = { db: opened.db, clock, sessions: new SessionStore(() => clock.now().getTime()), jobs: new JobRegistry() };
    const demo = opened.created && (options.whenNew ?? 'demo') === 'demo';
    const audit = { userId: null, at: clock.now().toISOString(), reason: demo ? 'demo data' : 'reference data' };
    opened.sqlite
      .transaction(() =>
        audited(opened.sqlite, audit, () => {
          ensureReferenceData(opened.db);
          if (opened.created) {
            setMeta(opened.db, 'created_at', clock.now().toISOString());
            if (demo) seedDemoData(opened.db);
            setMeta(opened.db, 'dataset', demo ? 'demo' : 'empty');
          }
        }),
      )
      .immediate();
    return {
      ctx,
      dbPath: opened.path,
      created: opened.created,
      call: (name, input, session) => dispatch(ctx, name, input, session),
      callAsync: (name, input, session, callOptions) => dispatchAsync(ctx, name, input, session, callOptions),
      close: () => opened.close(),
    };
  } catch (e) {
    opened.close();
    // A file this call created but could not fill is removed, so the next start tries afresh.
    if (opened.created && options.dbPath !== ':memory:') {
      for (const suffix of ['', '-wal', '-shm']) rmSync(options.dbPath + suffix, { force: true });
    }
    throw e;
  }
}

/**
 * Runs one admitted job (method, parsed input, actor) on a connection of its own: the body of a
 * host's job thread. Read jobs open the file read-only; a write job writes in one transaction.
 */
export async function runJobOnThread(
  options: Omit<CoreOptions, 'clock'> & { fixedNow?: string },
  call: { method: string; input: unknown; actor: Actor | null; session?: string; write: boolean },
  control: JobControl,
): Promise<Result> {
  if (!Object.hasOwn(handlers, call.method)) return fail('unknown_method', `Unknown method "${call.method}"`);
  const h = handlers[call.method as MethodName];
  if (h.kind !== 'job') return fail('invalid_input', `${call.method} is not a job`);
  const opened = openDatabase(options.dbPath, { ...options, readonly: !call.write });
  try {
    const clock = options.fixedNow ? fixedClock(options.fixedNow) : systemClock;
    const base: CoreCtx = { db: opened.db, clock, sessions: new SessionStore(() => clock.now().getTime()), jobs: new JobRegistry() };
    const admitted = { name: call.method as MethodName, h, ctx: { ...base, actor: call.actor, ...(call.session ? { session: call.session } : {}) }, input: call.input } as Admitted & { h: { kind: 'job' } };
    return await runJobHere(admitted, control);
  } finally {
    opened.close();
  }
}

/** A day: how old the newest automatic backup may get before the hosts take another. */
const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * The automatic backup a host's core thread takes once a day (of a file, not of a database in
 * memory): the job as if admitted for nobody in particular, or null when one is not yet due.
 */
export function dueAutomaticBackup(core: Core, now: number): (Admitted & { h: { kind: 'job' } }) | null {
  if (core.dbPath === ':memory:') return null;
  const newest = listBackups(core.dbPath).find((b) => b.automatic);
  if (newest && now - Date.parse(newest.modifiedAt) < BACKUP_EVERY_MS) return null;
  const h = handlers['backups.create'];
  return { name: 'backups.create', h, ctx: { ...core.ctx, actor: null }, input: { automatic: true } } as Admitted & { h: { kind: 'job' } };
}
