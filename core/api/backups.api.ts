import { basename, join } from 'node:path';
import { z } from 'zod';
import { backupDatabase, backupName, backupsDirOf, backupsKept, listBackups, pruneBackups, setBackupsKept } from '../services/backup';
import { command, job, query, type Ctx } from './define';
import { AppError } from './errors';
import { NoInput } from './schemas/app';

const fileOf = (ctx: Ctx): string => {
  const name = ctx.db.$client.name;
  if (!name || name === ':memory:') throw new AppError('conflict', 'A database held only in memory has no file to back up');
  return name;
};

export const backupsApi = {
  /**
   * Backs up the open database into the `backups` folder beside it, with SQLite's online backup
   * API while everyone keeps working, and verifies the copy before keeping it. A job: progress
   * over the pages copied, then over the audit verification of the copy. Automatic backups (taken
   * daily by the hosts) are pruned to the newest N; manual ones are kept.
   */
  'backups.create': job('signed-in', z.strictObject({ automatic: z.boolean().optional() }), { write: false, label: 'backup' }, async (ctx, i, control) => {
    const db = fileOf(ctx);
    const automatic = i.automatic ?? false;
    const out = join(backupsDirOf(db), backupName(db, ctx.clock.now().toISOString(), automatic));
    const result = await backupDatabase(ctx.db.$client, out, control);
    const pruned = automatic ? pruneBackups(db, backupsKept(ctx.db)) : [];
    return { ...result, name: basename(out), pruned };
  }),
  /** The backups beside the open database, newest first, and how many automatic ones are kept. */
  'backups.list': query('signed-in', NoInput, (ctx) => {
    const db = fileOf(ctx);
    return { folder: backupsDirOf(db), kept: backupsKept(ctx.db), backups: listBackups(db) };
  }),
  /** How many automatic backups to keep (audited). */
  'backups.setKept': command(['administrator'], z.strictObject({ kept: z.number().int().min(1).max(365) }), (ctx, i) => {
    setBackupsKept(ctx, i.kept);
    return { kept: i.kept };
  }),
};
