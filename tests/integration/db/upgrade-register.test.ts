import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { verifyAudit } from '../../../core/services/audit';
import { makeTmpDir } from '../../support/tmp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

type Journal = { entries: { idx: number; tag: string }[] };

/** A copy of the migrations as they were before the register's (the first tagged `_register`). */
function migrationsBeforeRegister(dir: string): string {
  const src = resolve('db/migrations');
  const journal = JSON.parse(readFileSync(join(src, 'meta/_journal.json'), 'utf8')) as Journal;
  const cut = journal.entries.findIndex((e) => e.tag.endsWith('_register'));
  expect(cut).toBeGreaterThan(0);
  const out = join(dir, 'old-migrations');
  mkdirSync(join(out, 'meta'), { recursive: true });
  for (const e of journal.entries.slice(0, cut)) cpSync(join(src, `${e.tag}.sql`), join(out, `${e.tag}.sql`));
  writeFileSync(join(out, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return out;
}

describe('upgrading a database written before the register', () => {
  it('keeps every row, maps the old kinds and relation types, and verifies clean', () => {
    const t = makeTmpDir();
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'old.sqlite');
    const old = openDatabase(path, { migrationsFolder: migrationsBeforeRegister(t.dir) });
    // Rows in the old shape, written with the old triggers and an audit context, as the old app did.
    old.sqlite.exec(`
      INSERT INTO audit_context (id, user_id, at, reason) VALUES (1, NULL, '2026-01-05T09:00:00.000Z', NULL);
      INSERT INTO countries VALUES ('RS','Serbia');
      INSERT INTO currencies VALUES ('RSD','Serbian Dinar',2), ('EUR','Euro',2);
      INSERT INTO organisations (name, kind, country, registration_number, address, city, phone, created_at, updated_at)
        VALUES ('Oaza', 'ngo', 'RS', '28123456', 'Resavska 28', 'Belgrade', '+381111234567', 'x', 'x'),
               ('Embassy', 'bilateral', 'RS', NULL, 'Simina 29', 'Belgrade', NULL, 'x', 'x'),
               ('Donor Ltd', 'private_donor', 'RS', NULL, NULL, NULL, NULL, 'x', 'x');
      INSERT INTO bank_accounts (organisation_id, iban, bank_name, currency, holder_name, valid_from, created_at)
        VALUES (1, 'RS35105008123123123173', 'Bank', 'RSD', 'Oaza', '2015-01-01', 'x');
      INSERT INTO people (full_name, email, created_at) VALUES ('Milica J', 'm@x.example', 'x'), ('Stefan J', NULL, 'x');
      INSERT INTO person_roles (person_id, organisation_id, role, start_date) VALUES (1, 1, 'director', '2010-03-01');
      INSERT INTO person_relations (person_id, relative_id, type) VALUES (1, 2, 'other_family');
      INSERT INTO users (username, display_name, role, created_at) VALUES ('admin', 'Admin', 'administrator', 'x');
      INSERT INTO grants (reference, title, purpose, grantor_id, grantee_id, country, amount_minor, currency, status, start_date, end_date, created_at, updated_at)
        VALUES ('G-1', 'Shelter', 'shelter', 2, 1, 'RS', 100000, 'EUR', 'draft', '2026-01-01', '2026-12-31', 'x', 'x');
      DELETE FROM audit_context;
    `);
    // The state check knows only today's tables; the chain is what the old file must already pass.
    expect(verifyAudit(old.sqlite, { state: false })).toMatchObject({ ok: true });
    old.close();

    const upgraded = openDatabase(path);
    try {
      const s = upgraded.sqlite;
      const result = verifyAudit(s);
      expect(result).toMatchObject({ ok: true, checkedState: true });
      const kinds = s.prepare('SELECT name, kind, side FROM organisations ORDER BY id').all();
      expect(kinds).toEqual([
        { name: 'Oaza', kind: 'ngo', side: 'grantee' },
        { name: 'Embassy', kind: 'embassy', side: 'funder' },
        { name: 'Donor Ltd', kind: 'company', side: 'funder' },
      ]);
      expect(s.prepare('SELECT organisation_id, person_id, kind FROM bank_accounts').get()).toEqual({ organisation_id: 1, person_id: null, kind: 'iban' });
      expect(s.prepare('SELECT type FROM person_relations').get()).toEqual({ type: 'other' });
      // Each changed row got one entry with its new shape and the schema-change reason.
      const shaped = s.prepare("SELECT table_name, COUNT(*) AS n FROM audit_entries WHERE reason = 'schema change: new columns' GROUP BY table_name ORDER BY table_name").all();
      expect(shaped).toEqual([
        { table_name: 'bank_accounts', n: 1 },
        { table_name: 'grants', n: 1 },
        { table_name: 'organisations', n: 3 },
        { table_name: 'people', n: 2 },
        { table_name: 'users', n: 1 },
      ]);
      expect(s.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'audit_new_shape%'").all()).toEqual([]);
      // Reopening applies nothing again and stays clean.
    } finally {
      upgraded.close();
    }
    const again = openDatabase(path);
    try {
      expect(verifyAudit(again.sqlite)).toMatchObject({ ok: true, checkedState: true });
    } finally {
      again.close();
    }
  });
});
