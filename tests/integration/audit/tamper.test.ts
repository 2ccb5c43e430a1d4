import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../core/services/audit';
import { demoCore } from '../../support/demo-core';

// Each test plays an attacker with the sqlite3 command line: a second connection to the file,
// free to drop triggers, that never goes through Tranche.
let env: ReturnType<typeof demoCore>;
let attacker: Database.Database;

beforeEach(() => {
  env = demoCore();
  attacker = new Database(env.dbPath);
});
afterEach(() => {
  attacker.close();
  env.cleanup();
});

const verify = () => verifyAudit(env.core.ctx.db.$client);

describe('the audit log of a fresh demo database', () => {
  it('verifies, with every demo row logged', () => {
    const r = verify();
    expect(r).toMatchObject({ ok: true, checkedState: true });
    const rows = attacker.prepare('SELECT (SELECT COUNT(*) FROM grants) + (SELECT COUNT(*) FROM tranches) + (SELECT COUNT(*) FROM disbursements) AS n').get() as { n: number };
    expect(r.count).toBeGreaterThan(rows.n);
  });
});

describe('verification detects', () => {
  it('an audit entry whose values were edited', () => {
    attacker.exec('DROP TRIGGER audit_entries_no_update');
    attacker.prepare("UPDATE audit_entries SET after_json = replace(after_json, '\"amount_minor\":', '\"amount_minor\":1') WHERE seq = (SELECT MIN(seq) FROM audit_entries WHERE table_name = 'grants')").run();
    const seq = (attacker.prepare("SELECT MIN(seq) AS s FROM audit_entries WHERE table_name = 'grants'").get() as { s: number }).s;
    expect(verify()).toMatchObject({ ok: false, chainBreak: { seq, kind: 'edited' } });
  });

  it('an audit entry that was deleted', () => {
    attacker.exec('DROP TRIGGER audit_entries_no_delete');
    attacker.prepare('DELETE FROM audit_entries WHERE seq = 100').run();
    expect(verify()).toMatchObject({ ok: false, chainBreak: { seq: 101, kind: 'gap', detail: 'entry 100 is missing' } });
  });

  it('the newest audit entry deleted (the row it logged is left unexplained)', () => {
    attacker.exec('DROP TRIGGER audit_entries_no_delete');
    attacker.prepare('DELETE FROM audit_entries WHERE seq = (SELECT MAX(seq) FROM audit_entries)').run();
    const r = verify();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.stateMismatches?.length).toBeGreaterThan(0);
  });

  it('entries reordered', () => {
    attacker.exec('DROP TRIGGER audit_entries_no_update');
    // Swap entries 10 and 11 wholesale, each keeping its own seal.
    attacker.exec(`
      UPDATE audit_entries SET seq = -1 WHERE seq = 10;
      UPDATE audit_entries SET seq = 10 WHERE seq = 11;
      UPDATE audit_entries SET seq = 11 WHERE seq = -1;`);
    expect(verify()).toMatchObject({ ok: false, chainBreak: { seq: 10, kind: 'broken_link' } });
  });

  it('a domain row changed directly with the triggers dropped', () => {
    const triggers = attacker.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'disbursements'").all() as { name: string }[];
    for (const t of triggers) attacker.exec(`DROP TRIGGER ${t.name}`);
    attacker.prepare('UPDATE disbursements SET amount_minor = amount_minor + 100000 WHERE id = 7').run();
    const r = verify();
    expect(r).toMatchObject({ ok: false, stateMismatches: [{ table: 'disbursements', recordId: '7', kind: 'changed_row' }] });
    // The chain itself is intact: only the state check can see this.
    if (!r.ok) expect(r.chainBreak).toBeUndefined();
  });

  it('a row inserted and one deleted with the triggers dropped', () => {
    for (const t of attacker.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('receipts', 'receipt_matches')").all() as { name: string }[]) {
      attacker.exec(`DROP TRIGGER ${t.name}`);
    }
    attacker.prepare("INSERT INTO receipts (grant_id, received_date, amount_minor, currency, grant_amount_minor, created_at) VALUES (1, '2026-01-01', 500, 'EUR', 500, 'x')").run();
    const victim = attacker.prepare('SELECT receipt_id AS id FROM receipt_matches LIMIT 1').get() as { id: number };
    attacker.prepare('DELETE FROM receipt_matches WHERE receipt_id = ?').run(victim.id);
    attacker.prepare('DELETE FROM receipts WHERE id = ?').run(victim.id);
    const r = verify();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const kinds = new Set(r.stateMismatches?.map((m) => `${m.table}:${m.kind}`));
    expect(kinds).toContain('receipts:unlogged_row');
    expect(kinds).toContain('receipts:deleted_row');
  });

  it('a row with a text key deleted with the triggers dropped', () => {
    for (const t of attacker.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'meta'").all() as { name: string }[]) attacker.exec(`DROP TRIGGER ${t.name}`);
    attacker.prepare("DELETE FROM meta WHERE key = 'dataset'").run();
    expect(verify()).toMatchObject({ ok: false, stateMismatches: [{ table: 'meta', recordId: 'dataset', kind: 'deleted_row' }] });
  });

  it('an unsealed entry slipped in from outside Tranche', () => {
    attacker.prepare("INSERT INTO audit_entries (at, action, table_name, record_id, after_json) VALUES ('2026-01-01T00:00:00Z', 'insert', 'grants', '999', '{}')").run();
    expect(verify()).toMatchObject({ ok: false, chainBreak: { kind: 'unsealed' } });
  });
});

describe('the log refuses', () => {
  it('deleting, editing or forging entries while its triggers are in place', () => {
    expect(() => attacker.prepare('DELETE FROM audit_entries WHERE seq = 5').run()).toThrow(/append-only/);
    expect(() => attacker.prepare("UPDATE audit_entries SET reason = 'x' WHERE seq = 5").run()).toThrow(/append-only/);
    expect(() => attacker.prepare("UPDATE audit_entries SET hash = 'ab' WHERE seq = 5").run()).toThrow(/append-only/);
    expect(verify().ok).toBe(true);
  });

  it('changes to audited tables from a connection that is not Tranche (it cannot link the entry)', () => {
    expect(() => attacker.prepare("UPDATE grants SET title = 'x' WHERE id = 1").run()).toThrow(/no such function: tranche_audit_link/);
    expect(verify().ok).toBe(true);
  });
});

describe('the read models', () => {
  it('refuse a direct write to grant_totals or grant_year_totals, triggers in place', () => {
    expect(() => attacker.prepare('UPDATE grant_totals SET disbursed_minor = 99900000, received_minor = 0 WHERE grant_id = 1').run()).toThrow(/grant_totals is kept by triggers/);
    expect(() => attacker.prepare('DELETE FROM grant_totals WHERE grant_id = 1').run()).toThrow(/grant_totals is kept by triggers/);
    expect(() => attacker.prepare("INSERT INTO grant_year_totals (grant_id, year, committed_minor) VALUES (1, '1999', 5)").run()).toThrow(/grant_year_totals is kept by triggers/);
    expect(() => attacker.prepare('UPDATE grant_year_totals SET received_minor = received_minor + 1').run()).toThrow(/grant_year_totals is kept by triggers/);
    expect(verify().ok).toBe(true);
  });

  it('edited past the guard are found by verify, which recomputes them from the records', () => {
    // Setting the guard by hand (or dropping the guard triggers) lets the write through.
    attacker.exec('INSERT INTO read_model_guard (id) VALUES (1)');
    attacker.prepare('UPDATE grant_totals SET disbursed_minor = 99900000, received_minor = 0 WHERE grant_id = 3').run();
    attacker.prepare('UPDATE grant_year_totals SET committed_minor = committed_minor + 1 WHERE grant_id = (SELECT MIN(grant_id) FROM grant_year_totals WHERE grant_id > 3)').run();
    attacker.exec('DELETE FROM read_model_guard');
    const yearGrant = (attacker.prepare('SELECT MIN(grant_id) AS g FROM grant_year_totals WHERE grant_id > 3').get() as { g: number }).g;
    const r = verify();
    expect(r).toMatchObject({
      ok: false,
      stateMismatches: [
        { table: 'grants', recordId: '3', kind: 'totals_differ' },
        { table: 'grants', recordId: String(yearGrant), kind: 'year_totals_differ' },
      ],
    });
    if (!r.ok) expect(r.chainBreak).toBeUndefined();
  });
});

describe('verification also catches', () => {
  it('an entry appended with a made-up hash', () => {
    const head = (attacker.prepare('SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1').get() as { hash: string }).hash;
    attacker.prepare("INSERT INTO audit_entries (at, action, table_name, record_id, after_json, prev_hash, hash) VALUES ('2026-01-01T00:00:00Z', 'insert', 'grants', '999', '{}', ?, ?)").run(head, 'f'.repeat(64));
    expect(verify()).toMatchObject({ ok: false, chainBreak: { kind: 'edited' } });
  });
});

describe('a command', () => {
  it('logs its change with the user, the time and seals it', () => {
    const before = (attacker.prepare('SELECT MAX(seq) AS s FROM audit_entries').get() as { s: number }).s;
    expect(env.core.call('app.setLocale', { locale: 'mk' }).ok).toBe(true);
    const entry = attacker.prepare('SELECT * FROM audit_entries WHERE seq > ?').all(before) as { user_id: number; at: string; table_name: string; action: string; hash: string | null; before_json: string; after_json: string }[];
    const admin = attacker.prepare("SELECT id FROM users WHERE username = 'admin'").get() as { id: number };
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatchObject({ user_id: admin.id, at: '2026-11-24T12:00:00.000Z', table_name: 'users', action: 'update' });
    expect(entry[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(entry[0]!.after_json)).toMatchObject({ locale: 'mk', password_hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(verify().ok).toBe(true);
  });

  it('that fails leaves neither its rows nor audit entries behind', () => {
    const sqlite = env.core.ctx.db.$client;
    const count = () => (sqlite.prepare('SELECT COUNT(*) AS n FROM audit_entries').get() as { n: number }).n;
    const n = count();
    expect(() =>
      sqlite.transaction(() => {
        sqlite.prepare("UPDATE grants SET title = 'changed' WHERE id = 1").run();
        throw new Error('crash mid-write');
      })(),
    ).toThrow('crash mid-write');
    expect(count()).toBe(n);
    expect(verify().ok).toBe(true);
  });
});
