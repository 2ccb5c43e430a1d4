import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDITED_TABLES, NOT_AUDITED } from '../../../db/audit/audited-tables';
import { allAuditTriggersSql } from '../../../db/audit/triggers-sql';
import { openDatabase, type OpenedDb } from '../../../db/open';
import { makeTmpDir } from '../../support/tmp-dir';

let opened: OpenedDb;
let cleanup: () => void;
beforeAll(() => {
  const tmp = makeTmpDir();
  cleanup = tmp.cleanup;
  opened = openDatabase(join(tmp.dir, 'triggers.sqlite'));
});
afterAll(() => {
  opened.close();
  cleanup();
});

describe('audit triggers', () => {
  it('cover every table but the ones deliberately left out', () => {
    const tables = (opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    const unaccounted = tables.filter((t) => !(t in AUDITED_TABLES) && !(NOT_AUDITED as readonly string[]).includes(t));
    expect(unaccounted, 'add these tables to AUDITED_TABLES or NOT_AUDITED').toEqual([]);
  });

  it('installed by the migrations match the current columns (run npm run db:audit-triggers after a schema change)', () => {
    const columnsOf = (table: string) => (opened.sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    const expected = allAuditTriggersSql(columnsOf).filter((s) => s.startsWith('CREATE TRIGGER'));
    // The audit triggers, not the read-model triggers that keep grant_totals and grant_year_totals.
    const installed = new Map(
      (opened.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'grant_totals_%' AND name NOT LIKE 'grant_year_totals_%'").all() as { name: string; sql: string }[]).map((t) => [t.name, t.sql]),
    );
    for (const sql of expected) {
      const name = /^CREATE TRIGGER (\S+)/.exec(sql)![1]!;
      expect(installed.get(name), name).toBe(sql);
    }
    expect(installed.size).toBe(expected.length);
  });
});
