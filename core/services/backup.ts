import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { registerAuditFunctions } from '../../db/audit/chain-hash';
import type { Db } from '../../db/open';
import { getMeta, setMeta } from '../../db/queries/meta';
import { AppError } from '../api/errors';
import type { JobControl } from '../api/jobs';
import { verifyAuditFile } from './audit-verify-parallel';

/** How many automatic backups are kept unless an administrator says otherwise. */
export const DEFAULT_BACKUPS_KEPT = 10;
const KEPT_KEY = 'backup.kept';

export function backupsKept(db: Db): number {
  const n = Number(getMeta(db, KEPT_KEY));
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_BACKUPS_KEPT;
}

/** Sets how many automatic backups are kept (a meta row: audited like every change). */
export function setBackupsKept(ctx: { db: Db }, kept: number): void {
  setMeta(ctx.db, KEPT_KEY, String(kept));
}

/** Where a database file's backups are kept: a `backups` folder beside it. */
export function backupsDirOf(dbPath: string): string {
  return join(dirname(resolve(dbPath)), 'backups');
}

/** What a backup (or a file about to be restored) was checked for. */
export type BackupCheck = { integrity: string; auditOk: boolean; auditEntries: number; head: string | null; detail: string | null };

export type BackupResult = BackupCheck & { file: string; bytes: number; pages: number };

/**
 * Pages copied per step of the online backup. Another connection writing between two steps makes
 * SQLite start the copy over, so steps are large (8 MiB at 4 KiB pages): in WAL mode a step only
 * holds a read snapshot, which never blocks writers.
 */
const PAGES_PER_STEP = 2048;

const removeFile = (file: string) => {
  for (const s of ['', '-wal', '-shm', '-journal']) rmSync(file + s, { force: true });
};

/**
 * Copies the open database to `outFile` with SQLite's online backup API while the app keeps
 * working (writes made meanwhile restart the copy, so it is always one consistent moment), then
 * verifies the copy (integrity_check and the whole audit verification) before it takes its
 * name: a backup that does not verify is not kept. The copy is a single file (no -wal).
 */
export async function backupDatabase(source: Database.Database, outFile: string, control?: JobControl): Promise<BackupResult> {
  const target = resolve(outFile);
  if (target === resolve(source.name)) throw new AppError('invalid_input', 'A backup cannot overwrite the database itself', { file: target });
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
  try {
    let pages = 0;
    await source.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        control?.progress(totalPages - remainingPages, totalPages, 'copy');
        return PAGES_PER_STEP;
      },
    });
    control?.progress(pages, pages, 'copy');
    // One self-contained file: a backup is copied around, and a -wal left behind would be lost.
    const db = new Database(partial);
    db.pragma('journal_mode = DELETE');
    db.close();
    const check = await checkDatabaseFile(partial, control);
    if (check.integrity !== 'ok' || !check.auditOk) {
      throw new AppError('conflict', `The backup did not verify (${check.integrity !== 'ok' ? `integrity: ${check.integrity}` : check.detail}); it was not kept.`);
    }
    renameSync(partial, target);
    return { file: target, bytes: statSync(target).size, pages, ...check };
  } finally {
    removeFile(partial);
  }
}

/** integrity_check and the audit verification (chain and rows) of a file, opened read-only. */
export async function checkDatabaseFile(file: string, control?: JobControl): Promise<BackupCheck> {
  if (!existsSync(file)) throw new AppError('not_found', `No file ${file}`, { file });
  let integrity: string;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    registerAuditFunctions(db);
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    integrity = rows.map((r) => r.integrity_check).join('; ');
    const tables = db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'audit_entries'").get() as { n: number };
    if (tables.n === 0) return { integrity, auditOk: false, auditEntries: 0, head: null, detail: 'not a Tranche database (no audit log)' };
  } catch (e) {
    return { integrity: e instanceof Error ? e.message : String(e), auditOk: false, auditEntries: 0, head: null, detail: 'not a readable SQLite database' };
  } finally {
    db.close();
  }
  if (integrity !== 'ok') return { integrity, auditOk: false, auditEntries: 0, head: null, detail: null };
  const audit = await verifyAuditFile(file, control ? { control } : {});
  const detail = audit.ok ? null : audit.chainBreak ? `audit entry ${audit.chainBreak.seq}: ${audit.chainBreak.detail}` : `${audit.stateMismatches?.length ?? 0} records do not match the audit log`;
  return { integrity, auditOk: audit.ok, auditEntries: audit.count, head: audit.ok ? audit.head : null, detail };
}

export type BackupFile = { name: string; bytes: number; modifiedAt: string; automatic: boolean };

/** The backups kept beside a database, newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = backupsDirOf(dbPath);
  if (!existsSync(dir)) return [];
  const stem = basename(dbPath).replace(/\.sqlite$/, '');
  return readdirSync(dir)
    .filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.sqlite'))
    .map((name) => {
      const st = statSync(join(dir, name));
      return { name, bytes: st.size, modifiedAt: st.mtime.toISOString(), automatic: name.includes('-auto-') };
    })
    .sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : a.modifiedAt > b.modifiedAt ? -1 : b.name.localeCompare(a.name)));
}

/** The file name of a backup taken at `at` (ISO instant): sortable, and safe on every system. */
export function backupName(dbPath: string, at: string, automatic: boolean): string {
  const stamp = at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${basename(dbPath).replace(/\.sqlite$/, '')}-${automatic ? 'auto' : 'manual'}-${stamp}.sqlite`;
}

/** Keeps the newest `keep` automatic backups and removes older ones (manual ones are the user's). */
export function pruneBackups(dbPath: string, keep: number): string[] {
  const dir = backupsDirOf(dbPath);
  const removed = listBackups(dbPath)
    .filter((b) => b.automatic)
    .slice(keep)
    .map((b) => b.name);
  for (const name of removed) removeFile(join(dir, name));
  return removed;
}

/**
 * Puts a verified backup in the place of a database file (which must not be open): the backup is
 * checked first, the current file (and its -wal/-shm) is moved aside, never deleted.
 */
export async function restoreDatabase(backupFile: string, dbPath: string, at: string): Promise<{ restoredFrom: string; keptAside: string | null; check: BackupCheck }> {
  const check = await checkDatabaseFile(backupFile);
  if (check.integrity !== 'ok' || !check.auditOk) {
    throw new AppError('conflict', `The backup does not verify (${check.integrity !== 'ok' ? `integrity: ${check.integrity}` : check.detail}); nothing was restored.`);
  }
  const target = resolve(dbPath);
  let keptAside: string | null = null;
  if (existsSync(target)) {
    keptAside = `${target}.before-restore-${at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
    for (const s of ['', '-wal', '-shm']) if (existsSync(target + s)) renameSync(target + s, keptAside + s);
  }
  // Copy through SQLite, so the restored file is whole even if the copy is interrupted midway.
  const src = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const partial = `${target}.restoring`;
    removeFile(partial);
    await src.backup(partial, { progress: () => PAGES_PER_STEP });
    renameSync(partial, target);
  } finally {
    src.close();
  }
  return { restoredFrom: resolve(backupFile), keptAside, check };
}
