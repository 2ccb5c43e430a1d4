import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { audited, linkHash, verifyAudit } from '../../../core/services/audit';
import { appendCheckpoint, checkpointProblem, createKeyFile, databaseIdOf, makeCheckpoint, readCheckpoints, readKeyFile, registerCheckpointKey, type Checkpoint } from '../../../core/services/checkpoints';
import { registerAuditFunctions } from '../../../db/audit/chain-hash';
import { chainRows } from '../../../db/queries/audit';
import { demoCore } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A demo database with a registered checkpoint key, a change, and a checkpoint taken after it. */
function world() {
  const env = demoCore();
  cleanups.push(env.cleanup);
  const keys = makeTmpDir();
  cleanups.push(keys.cleanup);
  const keyFile = join(keys.dir, 'tranche-checkpoint.pem');
  const { publicKey } = createKeyFile(keyFile);
  const key = readKeyFile(keyFile);
  const sqlite = env.raw.ctx.db.$client;
  sqlite.transaction(() => audited(sqlite, { userId: null, at: '2026-11-24T12:00:00.000Z', reason: 'checkpoint key' }, () => registerCheckpointKey(env.raw.ctx.db, key))).immediate();
  const copyBefore = join(keys.dir, 'older-copy.sqlite');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(env.dbPath, copyBefore);
  expect(env.core.call('app.setLocale', { locale: 'sq' }).ok).toBe(true);
  expect(env.core.call('app.setLocale', { locale: 'mk' }).ok).toBe(true);
  const cp = makeCheckpoint(sqlite, databaseIdOf(sqlite), key, '2026-11-24T12:05:00.000Z');
  return { env, sqlite, key, keyFile, publicKey, cp, copyBefore, dir: keys.dir };
}

/** Rewrites entries from `fromSeq` on with Tranche's own hash function, as an attacker with the file and the code could. */
function rewriteFrom(sqlite: Database.Database, fromSeq: number): void {
  sqlite.exec('DROP TRIGGER IF EXISTS audit_entries_no_update');
  let prev = (sqlite.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(fromSeq - 1) as { hash: string }).hash;
  const update = sqlite.prepare('UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const [seq, , , canonical] of [...chainRows(sqlite, fromSeq - 1)]) {
    const hash = linkHash(prev, canonical);
    update.run(prev, hash, seq);
    prev = hash;
  }
}

describe('signed audit checkpoints', () => {
  it('hold for the file they were taken from, and round-trip through the checkpoints file', () => {
    const w = world();
    expect(checkpointProblem(w.sqlite, w.cp)).toBeNull();
    expect(checkpointProblem(w.sqlite, w.cp, w.publicKey)).toBeNull();
    const file = join(w.dir, 'tranche.sqlite.checkpoints');
    appendCheckpoint(file, w.cp);
    appendCheckpoint(file, makeCheckpoint(w.sqlite, databaseIdOf(w.sqlite), w.key, '2026-11-24T12:06:00.000Z'));
    expect(readCheckpoints(file)).toHaveLength(2);
    expect(readCheckpoints(file)[0]).toEqual(w.cp);
  });

  it('catch an older copy of the file put back in its place', () => {
    const w = world();
    const older = new Database(w.copyBefore, { readonly: true });
    try {
      expect(verifyAudit(older)).toMatchObject({ ok: true });
      expect(checkpointProblem(older, w.cp)).toMatch(/fewer than the \d+ of the checkpoint/);
    } finally {
      older.close();
    }
  });

  it('catch a truncated tail with its rows rolled back, which the chain and the rows alone do not show', () => {
    const w = world();
    const before = (w.sqlite.prepare("SELECT MAX(seq) AS seq FROM audit_entries WHERE table_name <> 'users'").get() as { seq: number }).seq;
    // The attacker deletes the entries of the language changes and puts the user row back as it was.
    const last = w.sqlite.prepare("SELECT before_json FROM audit_entries WHERE table_name = 'users' AND seq > ? ORDER BY seq LIMIT 1").get(before) as { before_json: string };
    const old = JSON.parse(last.before_json) as { id: number; locale: string | null };
    w.sqlite.exec('DROP TRIGGER IF EXISTS audit_entries_no_delete; DROP TRIGGER IF EXISTS audit_users_update');
    w.sqlite.prepare('DELETE FROM audit_entries WHERE seq > ?').run(before);
    w.sqlite.prepare('UPDATE users SET locale = ? WHERE id = ?').run(old.locale, old.id);
    expect(verifyAudit(w.sqlite)).toMatchObject({ ok: true });
    expect(checkpointProblem(w.sqlite, w.cp)).toMatch(/fewer than the \d+ of the checkpoint/);
  });

  it('catch a history rewritten and re-hashed with Tranche\'s own code', () => {
    const w = world();
    registerAuditFunctions(w.sqlite);
    // An early payment's amount changed in its entry and its row, and every later hash recomputed.
    const e = w.sqlite.prepare("SELECT seq, record_id FROM audit_entries WHERE table_name = 'disbursements' AND action = 'insert' ORDER BY seq LIMIT 1").get() as { seq: number; record_id: string };
    w.sqlite.exec('DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_disbursements_update');
    w.sqlite.prepare("UPDATE audit_entries SET after_json = json_set(after_json, '$.amount_minor', json_extract(after_json, '$.amount_minor') + 100000) WHERE seq = ?").run(e.seq);
    w.sqlite.prepare('UPDATE disbursements SET amount_minor = amount_minor + 100000 WHERE id = ?').run(Number(e.record_id));
    const later = w.sqlite.prepare("SELECT seq FROM audit_entries WHERE table_name = 'disbursements' AND record_id = ? AND seq > ?").all(e.record_id, e.seq) as { seq: number }[];
    for (const l of later) w.sqlite.prepare("UPDATE audit_entries SET before_json = json_set(before_json, '$.amount_minor', json_extract(before_json, '$.amount_minor') + 100000), after_json = CASE WHEN after_json IS NULL THEN NULL ELSE json_set(after_json, '$.amount_minor', json_extract(after_json, '$.amount_minor') + 100000) END WHERE seq = ?").run(l.seq);
    rewriteFrom(w.sqlite, e.seq);
    expect(verifyAudit(w.sqlite)).toMatchObject({ ok: true });
    expect(checkpointProblem(w.sqlite, w.cp)).toMatch(/the history was rewritten/);
  });

  it('refuse a checkpoint signed with another key, or altered after signing', () => {
    const w = world();
    const other = join(w.dir, 'other.pem');
    createKeyFile(other);
    const forged = makeCheckpoint(w.sqlite, databaseIdOf(w.sqlite), readKeyFile(other), '2026-11-24T12:07:00.000Z');
    expect(checkpointProblem(w.sqlite, forged)).toMatch(/signed with another key/);
    expect(checkpointProblem(w.sqlite, w.cp, forged.publicKey)).toMatch(/signed with another key/);
    const altered: Checkpoint = { ...w.cp, entries: w.cp.entries - 5 };
    expect(checkpointProblem(w.sqlite, altered)).toMatch(/signature does not match/);
    expect(() => createKeyFile(other)).toThrow(/never overwritten/);
  });
});
