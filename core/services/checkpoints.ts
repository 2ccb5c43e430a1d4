import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import { auditSize, sealedHead } from '../../db/queries/audit';
import { getMeta, setMeta } from '../../db/queries/meta';
import { AppError } from '../api/errors';

/**
 * Signed audit checkpoints: the log's size and head hash at a moment, signed with an Ed25519 key
 * that lives outside the database file. Kept outside the file too (a `.checkpoints` file beside
 * it, and inside exports), a checkpoint proves later that the log still holds that history:
 * an older copy of the file, a truncated tail with its rows rolled back, or a history rewritten and
 * re-hashed with Tranche's own code all fail it, because nobody without the key can sign a new one.
 */
export type Checkpoint = {
  format: typeof FORMAT;
  databaseId: string;
  entries: number;
  headSeq: number;
  head: string;
  at: string;
  /** The signing key's public half (SPKI DER, base64), so the file names the key it trusts. */
  publicKey: string;
  signature: string;
};

const FORMAT = 'tranche-checkpoint-1';
/** Where the database records the public key its checkpoints are signed with (written once). */
export const CHECKPOINT_KEY_META = 'checkpoint_public_key';
const DATABASE_ID_META = 'database_id';

/** What is signed: every field but the signature, one per line, in a fixed order. */
const signedText = (c: Omit<Checkpoint, 'signature'>) => [c.format, c.databaseId, c.entries, c.headSeq, c.head, c.at, c.publicKey].join('\n');

export const publicKeyText = (key: KeyObject): string => createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');

/** Creates a key file (PKCS#8 PEM, readable by its owner only); refuses to overwrite one. */
export function createKeyFile(path: string): { publicKey: string } {
  if (existsSync(path)) throw new AppError('conflict', `${path} exists already; a key file is never overwritten`, { file: path });
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return { publicKey: publicKeyText(privateKey) };
}

export function readKeyFile(path: string): KeyObject {
  if (!existsSync(path)) throw new AppError('not_found', `No key file ${path}`, { file: path });
  const key = createPrivateKey(readFileSync(path));
  if (key.asymmetricKeyType !== 'ed25519') throw new AppError('invalid_input', `${path} is not an Ed25519 private key`, { file: path });
  return key;
}

/**
 * Records the key's public half in the database, the first time (call inside an audited
 * transaction). A checkpoint signed with any other key is then refused as forged.
 */
export function registerCheckpointKey(db: Db, key: KeyObject): void {
  const recorded = getMeta(db, CHECKPOINT_KEY_META);
  const mine = publicKeyText(key);
  if (recorded === undefined) setMeta(db, CHECKPOINT_KEY_META, mine);
  else if (recorded !== mine) throw new AppError('conflict', 'This database signs its checkpoints with another key; use that key file');
}

/** Signs the log's current head. */
export function makeCheckpoint(sqlite: Database.Database, databaseId: string | undefined, key: KeyObject, at: string): Checkpoint {
  const head = sealedHead(sqlite);
  if (!head) throw new AppError('conflict', 'The audit log is empty: there is nothing to checkpoint');
  const body = { format: FORMAT, databaseId: databaseId ?? 'none', entries: auditSize(sqlite).count, headSeq: head.seq, head: head.hash, at, publicKey: publicKeyText(key) } as const;
  return { ...body, signature: sign(null, Buffer.from(signedText(body)), key).toString('base64') };
}

/** The database's identity (meta `database_id`), if it has one. */
export function databaseIdOf(sqlite: Database.Database): string | undefined {
  const row = sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(DATABASE_ID_META) as { value: string } | undefined;
  return row?.value;
}

/** The checkpoints file beside a database: one JSON checkpoint per line, appended. */
export const checkpointsFileOf = (dbPath: string) => `${dbPath}.checkpoints`;

export function appendCheckpoint(file: string, cp: Checkpoint): void {
  appendFileSync(file, `${JSON.stringify(cp)}\n`, { mode: 0o644 });
}

const isCheckpoint = (x: unknown): x is Checkpoint => {
  const c = x as Record<string, unknown> | null;
  return (
    !!c &&
    c.format === FORMAT &&
    typeof c.databaseId === 'string' &&
    Number.isSafeInteger(c.entries) &&
    Number.isSafeInteger(c.headSeq) &&
    typeof c.head === 'string' &&
    /^[0-9a-f]{64}$/.test(c.head) &&
    typeof c.at === 'string' &&
    typeof c.publicKey === 'string' &&
    typeof c.signature === 'string'
  );
};

/** The checkpoints of a file (one JSON object, or one per line); a malformed line names its number. */
export function readCheckpoints(file: string): Checkpoint[] {
  if (!existsSync(file)) throw new AppError('not_found', `No checkpoint file ${file}`, { file });
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new AppError('invalid_input', `${file} line ${i + 1} is not JSON`, { line: i + 1 });
    }
    if (!isCheckpoint(parsed)) throw new AppError('invalid_input', `${file} line ${i + 1} is not a Tranche checkpoint`, { line: i + 1 });
    return parsed;
  });
}

/**
 * Why a checkpoint does not hold for this database, or null when it does: its signature, the key
 * it was signed with (the one the verifier trusts, else the one the database recorded), the
 * database it names, and that the log still has its head entry with the same hash.
 */
export function checkpointProblem(sqlite: Database.Database, cp: Checkpoint, trustedPublicKey?: string): string | null {
  let valid = false;
  try {
    const pub = createPublicKey({ key: Buffer.from(cp.publicKey, 'base64'), format: 'der', type: 'spki' });
    valid = verify(null, Buffer.from(signedText(cp)), pub, Buffer.from(cp.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) return 'its signature does not match its content (the checkpoint was altered or forged)';
  const recorded = (sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(CHECKPOINT_KEY_META) as { value: string } | undefined)?.value;
  const trusted = trustedPublicKey ?? recorded;
  if (trusted === undefined) return 'no key to trust: give the public key (--public-key) or register the key with the database';
  if (cp.publicKey !== trusted) return 'it was signed with another key than this database\'s (a forged checkpoint)';
  const id = databaseIdOf(sqlite) ?? 'none';
  if (cp.databaseId !== id) return `it belongs to database ${cp.databaseId}, not to this one (${id})`;
  const row = sqlite.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(cp.headSeq) as { hash: string | null } | undefined;
  if (!row) return `the log has ${auditSize(sqlite).count} entries, fewer than the ${cp.entries} of the checkpoint (truncated, or an older copy of the file)`;
  if (row.hash !== cp.head) return `entry ${cp.headSeq} has hash ${row.hash ?? 'none'}, not the checkpoint's ${cp.head} (the history was rewritten)`;
  return null;
}
