import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../core/services/audit';
import { openDatabase } from '../../../db/open';
import { oldDemoDatabase } from '../../support/old-database';
import { makeTmpDir } from '../../support/tmp-dir';

// A file made before secrets were logged as digests (migrations up to 0009): its users' last
// entries say "redacted". Upgrading must log each user's new shape so verify stays clean.
let tmp: ReturnType<typeof makeTmpDir>;
let dbPath: string;
beforeAll(() => {
  tmp = makeTmpDir();
  dbPath = oldDemoDatabase(tmp.dir, '0009_grant_year_totals_triggers');
}, 60_000);
afterAll(() => tmp.cleanup());

type Entry = { seq: number; user_id: number | null; action: string; record_id: string; before_json: string; after_json: string; reason: string | null };

describe('upgrading a database from before secret digests', () => {
  it('logs every user row in its new shape, and verifies clean', () => {
    const old = new Database(dbPath, { readonly: true });
    const users = (old.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
    const lastOld = (old.prepare("SELECT after_json FROM audit_entries WHERE table_name = 'users' ORDER BY seq DESC LIMIT 1").get() as { after_json: string }).after_json;
    const maxSeq = (old.prepare('SELECT MAX(seq) AS s FROM audit_entries').get() as { s: number }).s;
    old.close();
    expect(JSON.parse(lastOld)).toMatchObject({ password_hash: 'redacted' });

    const { sqlite, close } = openDatabase(dbPath);
    try {
      const added = sqlite.prepare('SELECT * FROM audit_entries WHERE seq > ? ORDER BY seq').all(maxSeq) as Entry[];
      expect(added).toHaveLength(users);
      for (const e of added) {
        expect(e).toMatchObject({ action: 'update', user_id: null, reason: 'audit format: secret digests' });
        expect(JSON.parse(e.before_json)).toMatchObject({ password_hash: 'redacted' });
        expect(JSON.parse(e.after_json).password_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      }
      expect(verifyAudit(sqlite)).toMatchObject({ ok: true, checkedState: true });
    } finally {
      close();
    }
  });

  it('then sees a password hash swapped in the file', () => {
    const attacker = new Database(dbPath);
    attacker.exec('DROP TRIGGER audit_users_update');
    attacker.prepare("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'auditor') WHERE username = 'admin'").run();
    attacker.close();
    const { sqlite, close } = openDatabase(dbPath, { readonly: true });
    try {
      const admin = sqlite.prepare("SELECT id FROM users WHERE username = 'admin'").get() as { id: number };
      expect(verifyAudit(sqlite)).toMatchObject({ ok: false, stateMismatches: [{ table: 'users', recordId: String(admin.id), kind: 'changed_row' }] });
    } finally {
      close();
    }
  });
});
