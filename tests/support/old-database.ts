import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixedClock } from '../../core/api/define';
import { createCore } from '../../core/create-core';
import { TEST_NOW } from './demo-core';

/**
 * A demo database as the code of an earlier release made it: the committed migrations up to and
 * including `lastTag` only (copied to `dir`), then the demo data written through those triggers.
 * Opening the file afterwards with the current migrations is an upgrade.
 */
export function oldDemoDatabase(dir: string, lastTag: string): string {
  const folder = join(dir, 'old-migrations');
  cpSync(resolve('db/migrations'), folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  const later = journal.entries.slice(last + 1).map((e) => e.tag);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  for (const f of readdirSync(folder)) if (later.some((tag) => f.startsWith(tag))) rmSync(join(folder, f));
  const dbPath = join(dir, 'old.sqlite');
  createCore({ dbPath, whenNew: 'demo', clock: fixedClock(TEST_NOW), migrationsFolder: folder }).close();
  return dbPath;
}
