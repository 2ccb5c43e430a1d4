// `tranche backup`, `tranche restore` and `tranche checkpoint`: a database file's safety, headless.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { audited } from '../core/services/audit';
import { backupDatabase, restoreDatabase } from '../core/services/backup';
import { appendCheckpoint, checkpointsFileOf, createKeyFile, databaseIdOf, makeCheckpoint, publicKeyText, readKeyFile, registerCheckpointKey } from '../core/services/checkpoints';
import { openDatabase } from '../db/open';

export const BACKUP_USAGE = `tranche backup DB OUT [--key KEY]
  copies DB to OUT with SQLite's online backup API (Tranche may keep running) and verifies the
  copy (integrity_check and the audit log); a copy that does not verify is not kept.
  --key KEY  also write a signed checkpoint of DB's head to DB.checkpoints`;

export const RESTORE_USAGE = `tranche restore BACKUP --db DB
  verifies BACKUP, moves DB (and its -wal/-shm) aside as DB.before-restore-<time>, and puts the
  backup in its place; nothing changes when the backup does not verify. Close Tranche first.`;

export const CHECKPOINT_USAGE = `tranche checkpoint DB --key KEY [--out FILE]
  signs the audit log's head of DB with the Ed25519 key in KEY (created, readable by you only,
  when it does not exist) and appends it to DB.checkpoints (or FILE). The first checkpoint records
  the key's public half in DB; prints the public key to keep apart from the file.`;

const say = (s: string) => process.stderr.write(`${s}\n`);

/** Signs DB's head with KEY (registering the key on first use) and appends the checkpoint. */
function writeCheckpoint(dbPath: string, keyFile: string, out: string): { file: string; publicKey: string; headSeq: number } {
  if (!existsSync(keyFile)) {
    createKeyFile(keyFile);
    say(`created the key file ${keyFile} (keep it outside the database's folder and back it up)`);
  }
  const key = readKeyFile(keyFile);
  const { db, sqlite, close } = openDatabase(dbPath);
  try {
    sqlite.transaction(() => audited(sqlite, { userId: null, at: new Date().toISOString(), reason: 'checkpoint key' }, () => registerCheckpointKey(db, key))).immediate();
    const cp = makeCheckpoint(sqlite, databaseIdOf(sqlite), key, new Date().toISOString());
    appendCheckpoint(out, cp);
    return { file: out, publicKey: publicKeyText(key), headSeq: cp.headSeq };
  } finally {
    close();
  }
}

export async function backup(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { key: { type: 'string' } } });
  const [db, out, ...rest] = positionals;
  if (!db || !out || rest.length > 0) {
    say(`usage: ${BACKUP_USAGE}`);
    return 2;
  }
  if (!existsSync(db)) {
    say(`tranche backup: no such file: ${db}`);
    return 2;
  }
  if (existsSync(out)) {
    say(`tranche backup: ${out} exists already; choose a new file name`);
    return 2;
  }
  const source = new Database(db, { readonly: true, fileMustExist: true });
  let last = -1;
  try {
    const r = await backupDatabase(source, out, {
      progress: (done, total, phase) => {
        const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
        if (pct !== last) say(`${phase} ${pct}%`);
        last = pct;
      },
      cancelled: () => false,
    });
    console.log(`OK: ${r.file} (${r.bytes} bytes): integrity ok, ${r.auditEntries} audit entries verified, head ${r.head}`);
  } finally {
    source.close();
  }
  if (values.key) {
    const cp = writeCheckpoint(db, values.key, checkpointsFileOf(resolve(db)));
    console.log(`checkpoint of entry ${cp.headSeq} appended to ${cp.file}`);
  }
  return 0;
}

export async function restore(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: 'string' } } });
  const [file, ...rest] = positionals;
  if (!file || !values.db || rest.length > 0) {
    say(`usage: ${RESTORE_USAGE}`);
    return 2;
  }
  if (!existsSync(file)) {
    say(`tranche restore: no such file: ${file}`);
    return 2;
  }
  try {
    const r = await restoreDatabase(file, values.db, new Date().toISOString());
    console.log(`OK: restored ${values.db} from ${r.restoredFrom} (${r.check.auditEntries} audit entries, head ${r.check.head})`);
    if (r.keptAside) console.log(`the previous file is kept as ${r.keptAside}`);
    return 0;
  } catch (e) {
    console.log(`NOT RESTORED: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

export function checkpoint(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { key: { type: 'string' }, out: { type: 'string' } } });
  const [db, ...rest] = positionals;
  if (!db || !values.key || rest.length > 0) {
    say(`usage: ${CHECKPOINT_USAGE}`);
    return Promise.resolve(2);
  }
  if (!existsSync(db)) {
    say(`tranche checkpoint: no such file: ${db}`);
    return Promise.resolve(2);
  }
  const cp = writeCheckpoint(db, values.key, values.out ?? checkpointsFileOf(resolve(db)));
  console.log(`checkpoint of entry ${cp.headSeq} appended to ${cp.file}`);
  console.log(`public key: ${cp.publicKey}`);
  return Promise.resolve(0);
}
