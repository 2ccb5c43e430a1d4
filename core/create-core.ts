import { rmSync } from 'node:fs';
import { openDatabase, type OpenOptions } from '../db/open';
import { setMeta } from '../db/queries/meta';
import { systemClock, type Clock } from './api/define';
import { dispatch, type CoreCtx } from './api/dispatch';
import { SessionStore } from './services/sessions';
import type { Result } from './api/errors';
import { audited } from './services/audit';
import { ensureReferenceData } from './services/reference-data';
import { seedDemoData } from './demo/seed';

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
  close(): void;
};

/** Opens the database (creating and filling it on first use) and returns the one entry point hosts call. */
export function createCore(options: CoreOptions): Core {
  const opened = openDatabase(options.dbPath, options);
  try {
    const clock = options.clock ?? systemClock;
    const ctx: CoreCtx = { db: opened.db, clock, sessions: new SessionStore(() => clock.now().getTime()) };
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
