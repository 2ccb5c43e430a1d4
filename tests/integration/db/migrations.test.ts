import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { makeTmpDir } from '../../support/tmp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tmp() {
  const t = makeTmpDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const EXPECTED_TABLES = [
  'access_refusals', 'audit_context', 'audit_entries', 'bank_accounts', 'budget_lines', 'countries', 'currencies', 'disbursements', 'flags', 'funding_plan_years',
  'funding_plans', 'fx_rates', 'grant_amendments', 'grant_totals', 'grant_year_totals', 'grants', 'impact_indicators', 'meta', 'organisations', 'payment_differences', 'people', 'person_relations',
  'person_roles', 'plan_cost_lines', 'pledges', 'read_model_guard', 'receipt_matches', 'receipts', 'tranches', 'users',
];

describe('migrations', () => {
  it('apply to an empty file, with WAL and foreign keys on', () => {
    const path = join(tmp(), 'empty.sqlite');
    const { sqlite, created, close } = openDatabase(path);
    try {
      expect(created).toBe(true);
      const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
      expect(tables).toEqual(EXPECTED_TABLES);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      close();
    }
  });

  it('are idempotent: reopening a migrated file changes nothing', () => {
    const path = join(tmp(), 'twice.sqlite');
    openDatabase(path).close();
    const again = openDatabase(path);
    try {
      expect(again.created).toBe(false);
      const applied = again.sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number };
      const files = readdirSync(resolve('db/migrations')).filter((f) => f.endsWith('.sql'));
      expect(applied.n).toBe(files.length);
    } finally {
      again.close();
    }
  });

  it('refuse a floating-point or non-positive amount at the database level', () => {
    const { sqlite, close } = openDatabase(join(tmp(), 'checks.sqlite'));
    try {
      sqlite.exec("INSERT INTO countries VALUES ('RS','Serbia'); INSERT INTO currencies VALUES ('RSD','Serbian Dinar',2)");
      sqlite.exec("INSERT INTO organisations (name, kind, country, created_at, updated_at) VALUES ('A','ngo','RS','x','x'), ('B','government','RS','x','x')");
      const insert = (amount: number) =>
        sqlite
          .prepare("INSERT INTO grants (reference, title, purpose, grantor_id, grantee_id, country, amount_minor, currency, status, start_date, end_date, created_at, updated_at) VALUES (?, 't', 'shelter', 2, 1, 'RS', ?, 'RSD', 'draft', '2026-01-01', '2026-12-31', 'x', 'x')")
          .run(`G-${amount}`, amount);
      expect(() => insert(0)).toThrow(/CHECK constraint failed/);
      expect(() => insert(-5)).toThrow(/CHECK constraint failed/);
      expect(() =>
        sqlite
          .prepare("INSERT INTO grants (reference, title, purpose, grantor_id, grantee_id, country, amount_minor, currency, status, start_date, end_date, created_at, updated_at) VALUES ('G-x', 't', 'shelter', 2, 99, 'RS', 5, 'RSD', 'draft', '2026-01-01', '2026-12-31', 'x', 'x')")
          .run(),
      ).toThrow(/FOREIGN KEY constraint failed/);
      expect(() =>
        sqlite
          .prepare("INSERT INTO grants (reference, title, purpose, grantor_id, grantee_id, country, amount_minor, currency, status, start_date, end_date, created_at, updated_at) VALUES ('G-y', 't', 'shelter', 2, 1, 'RS', 5, 'RSD', 'draft', '2026-12-31', '2026-01-01', 'x', 'x')")
          .run(),
      ).toThrow(/CHECK constraint failed/);
      insert(150000);
    } finally {
      close();
    }
  });

  it('agree with the schema: drizzle-kit generate finds nothing to add', () => {
    const dir = tmp();
    cpSync(resolve('db/migrations'), join(dir, 'migrations'), { recursive: true });
    // drizzle-kit reads paths relative to its working folder, so it runs inside the copy.
    writeFileSync(join(dir, 'drizzle.config.json'), JSON.stringify({ dialect: 'sqlite', schema: relative(dir, resolve('db/schema/index.ts')), out: 'migrations' }));
    const before = readdirSync(join(dir, 'migrations')).length;
    const out = execFileSync(resolve('node_modules/.bin/drizzle-kit'), ['generate', '--config=drizzle.config.json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toMatch(/No schema changes/);
    expect(readdirSync(join(dir, 'migrations')).length).toBe(before);
  }, 60_000);
});
