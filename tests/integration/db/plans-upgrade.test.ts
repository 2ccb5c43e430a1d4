import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearAuditContext, setAuditContext, stateMismatches } from '../../../db/queries/audit';
import { openDatabase } from '../../../db/open';
import { verifyAudit } from '../../../core/services/audit';
import { makeTmpDir } from '../../support/tmp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The migration that gave funding plans programmes, cost lines and pledge dates; the file is built by the ones before it. */
const SHAPE = 'funding_plan_shape';
/** The reason of the entries migration 0014 writes for each plan and pledge. */
const RELOG_REASON = 'schema upgrade: funding plan columns';

/** A copy of the migrations as the code before issue 20 shipped them. */
function oldMigrations(dir: string): string {
  const folder = join(dir, 'old-migrations');
  cpSync(resolve('db/migrations'), folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag.endsWith(SHAPE)) - 1;
  expect(last).toBeGreaterThan(0);
  const dropped = journal.entries.slice(last + 1).map((e) => e.tag);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  for (const f of readdirSync(folder)) if (dropped.some((t) => f.startsWith(t))) rmSync(join(folder, f));
  return folder;
}

describe('upgrading a database with funding plans', () => {
  it('logs the new shape of plans and pledges, turns needs into cost lines, and verify stays clean', () => {
    const t = makeTmpDir();
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'old.sqlite');
    const old = openDatabase(path, { migrationsFolder: oldMigrations(t.dir) });
    const cols = (table: string) => (old.sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    expect(cols('funding_plans')).not.toContain('programme');
    setAuditContext(old.sqlite, { userId: null, at: '2025-10-01T10:00:00.000Z', reason: null });
    old.sqlite.exec(`
      INSERT INTO countries VALUES ('MK', 'North Macedonia');
      INSERT INTO currencies VALUES ('EUR', 'Euro', 2), ('MKD', 'Denar', 2);
      INSERT INTO organisations (name, kind, country, created_at, updated_at) VALUES ('Hotline NGO', 'ngo', 'MK', 'x', 'x'), ('Ministry', 'government', 'MK', 'x', 'x');
      INSERT INTO funding_plans (title, country, organisation_id, start_year, end_year, currency, created_at) VALUES ('Hotline 2026-2030', 'MK', 1, 2026, 2030, 'EUR', '2025-10-01T10:00:00.000Z');
      INSERT INTO funding_plan_years (plan_id, year, need_minor) VALUES (1, 2026, 300000000), (1, 2027, 320000000);
      INSERT INTO pledges (plan_id, funder_id, year, amount_minor, currency, status, pledged_date, created_at) VALUES
        (1, 2, 2026, 100000000, 'EUR', 'committed', '2025-10-20', 'x'), (1, 2, 2027, 5000000000, 'MKD', 'pledged', '2025-10-20', 'x');
    `);
    clearAuditContext(old.sqlite);
    const entriesBefore = (old.sqlite.prepare('SELECT COUNT(*) AS n FROM audit_entries').get() as { n: number }).n;
    old.close();

    const now = openDatabase(path);
    try {
      const plan = now.sqlite.prepare('SELECT programme, revision FROM funding_plans WHERE id = 1').get();
      expect(plan).toEqual({ programme: 'other', revision: 1 });
      const reshaped = now.sqlite.prepare('SELECT table_name AS t, record_id AS id, before_json AS b, after_json AS a FROM audit_entries WHERE reason = ? ORDER BY seq').all(RELOG_REASON) as { t: string; id: string; b: string; a: string }[];
      expect(reshaped.map((r) => `${r.t}:${r.id}`)).toEqual(['funding_plans:1', 'pledges:1', 'pledges:2']);
      expect(JSON.parse(reshaped[0]!.b)).not.toHaveProperty('programme');
      expect(JSON.parse(reshaped[0]!.a)).toMatchObject({ programme: 'other', revision: 1, updated_at: null });
      expect(JSON.parse(reshaped[1]!.a)).toMatchObject({ committed_date: null, withdrawn_date: null });
      const lines = now.sqlite.prepare('SELECT y.year, l.kind, l.amount_minor AS amount FROM plan_cost_lines l JOIN funding_plan_years y ON y.id = l.plan_year_id ORDER BY y.year').all();
      expect(lines).toEqual([{ year: 2026, kind: 'other', amount: 300000000 }, { year: 2027, kind: 'other', amount: 320000000 }]);
      // three reshape entries and two cost-line inserts
      expect((now.sqlite.prepare('SELECT COUNT(*) AS n FROM audit_entries').get() as { n: number }).n).toBe(entriesBefore + 5);
      const verified = verifyAudit(now.sqlite);
      expect(verified).toMatchObject({ ok: true, checkedState: true });
      // Later changes are logged by the new triggers, with the new columns.
      now.sqlite.prepare("UPDATE funding_plans SET programme = 'national_hotline' WHERE id = 1").run();
      expect(verifyAudit(now.sqlite).ok).toBe(true);
    } finally {
      now.close();
    }
  });

  it('with the new columns but without the relog, verify would report the plans as changed', () => {
    const t = makeTmpDir();
    cleanups.push(t.cleanup);
    const folder = oldMigrations(t.dir);
    const path = join(t.dir, 'old.sqlite');
    const old = openDatabase(path, { migrationsFolder: folder });
    old.sqlite.exec(`INSERT INTO countries VALUES ('MK', 'North Macedonia'); INSERT INTO currencies VALUES ('EUR', 'Euro', 2);
      INSERT INTO organisations (name, kind, country, created_at, updated_at) VALUES ('Hotline NGO', 'ngo', 'MK', 'x', 'x');
      INSERT INTO funding_plans (title, country, organisation_id, start_year, end_year, currency, created_at) VALUES ('Hotline', 'MK', 1, 2026, 2030, 'EUR', 'x');`);
    old.close();
    // The new columns alone, as if the triggers and relog migration were missing.
    const partial = join(t.dir, 'partial');
    cpSync(resolve('db/migrations'), partial, { recursive: true });
    const journalPath = join(partial, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag.endsWith(SHAPE)) + 1);
    writeFileSync(journalPath, JSON.stringify(journal));
    const now = openDatabase(path, { migrationsFolder: partial });
    try {
      // The first mismatch only: today's read-model check knows columns later migrations add.
      expect(stateMismatches(now.sqlite, 1)).toEqual([{ table: 'funding_plans', recordId: '1', kind: 'changed_row' }]);
    } finally {
      now.close();
    }
  });
});
