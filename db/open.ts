import Database from 'better-sqlite3';
import { registerAuditFunctions } from './audit/chain-hash';
import { cacheStatements } from './statement-cache';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle handle every query and repository takes; a transaction has the same shape. */
export type Db = BetterSQLite3Database<Schema> & { $client: Database.Database };

export type OpenOptions = {
  /** Where drizzle-kit's migrations live; defaults to db/migrations beside this file. */
  migrationsFolder?: string;
  /** Path of a better-sqlite3 native binding built for another runtime (Electron). */
  nativeBinding?: string;
  readonly?: boolean;
  /**
   * How long a statement waits for another connection's lock (ms, default 5000). The core's
   * thread in a host waits only briefly and retries between other calls instead (dispatchAsync).
   */
  busyTimeoutMs?: number;
  /**
   * Where to keep a copy of an existing file before migrating it (a later Tranche opening an older
   * file). Absent: no copy (tests, read-only opens).
   */
  backupsDir?: string;
};

export type OpenedDb = { db: Db; sqlite: Database.Database; path: string; created: boolean; close(): void };

/** The default migrations folder, resolved from this module's location when it is not bundled. */
export function defaultMigrationsFolder(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/** Whether this process may write the file and create files beside it. */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** No -wal beside the file, or an empty one (another reader's): nothing to checkpoint on close. */
function walIsEmpty(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size === 0;
  } catch {
    return true;
  }
}

/**
 * A consistent copy of the file as it was, before migrations it has not had yet change it: the
 * way back if an upgrade goes wrong. VACUUM INTO writes a compact copy in one statement (opening
 * is synchronous, so the asynchronous online backup API does not fit here).
 */
function backupBeforeMigrating(sqlite: Database.Database, path: string, applied: number, total: number, dir: string): void {
  if (applied === 0 || applied >= total) return;
  mkdirSync(dir, { recursive: true });
  const name = `${basename(path).replace(/\.sqlite$/, '')}-before-migration-${applied}-to-${total}-${Date.now()}.sqlite`;
  sqlite.prepare('VACUUM INTO ?').run(join(dir, name));
}

/** How many migrations the file has had applied (0 for a new file). */
function appliedMigrations(sqlite: Database.Database): number {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  return exists ? (sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number }).n : 0;
}

/**
 * Opens (or creates) a Tranche database file, sets WAL and foreign keys, and migrates it to head.
 * Migrations run with foreign keys off on this connection, because a table rebuild would otherwise
 * cascade or fail; a foreign_key_check afterwards proves nothing was left dangling.
 */
export function openDatabase(path: string, options: OpenOptions = {}): OpenedDb {
  const readonly = options.readonly ?? false;
  const created = path === ':memory:' || !existsSync(path);
  if (path !== ':memory:' && !readonly) mkdirSync(dirname(path), { recursive: true });
  // A connection opened read-only cannot remove the -wal and -shm files SQLite makes beside a WAL
  // file, so they would stay behind a file under investigation. A file with no pages in a -wal
  // that may be written is opened read-write with query_only on instead: nothing can be written
  // through it, and the last connection to close removes those files as usual (SQLite knows
  // whether another process still uses them). With pages in a -wal (a running or crashed app),
  // the plain read-only open is kept, so that closing never checkpoints them into the file.
  const sqlite = new Database(path, {
    readonly: readonly && !(writable(path) && walIsEmpty(path)),
    fileMustExist: readonly,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (readonly) sqlite.pragma('query_only = ON');
    registerAuditFunctions(sqlite);
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
    }
    const db = drizzle({ client: sqlite, schema }) as Db;
    if (!options.readonly) {
      sqlite.pragma('foreign_keys = OFF');
      const before = appliedMigrations(sqlite);
      const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
      if (!created && options.backupsDir) backupBeforeMigrating(sqlite, path, before, readMigrationFiles({ migrationsFolder }).length, options.backupsDir);
      migrate(db, { migrationsFolder });
      // Checked only when a migration ran: on a large file the check reads every row (0.4 s at
      // 200,000 payments), and with foreign keys on nothing else can leave a dangling row.
      if (appliedMigrations(sqlite) !== before) {
        const dangling = sqlite.pragma('foreign_key_check') as unknown[];
        if (dangling.length > 0) {
          throw new Error(`Migration left ${dangling.length} rows with broken foreign keys`);
        }
      }
    }
    sqlite.pragma('foreign_keys = ON');
    cacheStatements(sqlite);
    return { db, sqlite, path, created, close: () => sqlite.close() };
  } catch (e) {
    sqlite.close();
    throw e;
  }
}
