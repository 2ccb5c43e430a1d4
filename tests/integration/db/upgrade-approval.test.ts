import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { audited, verifyAudit } from '../../../core/services/audit';
import { openDatabase } from '../../../db/open';
import { makeTmpDir } from '../../support/tmp-dir';

// A database written before payments stored their approval status (migrations up to 0012) is
// upgraded: each payment gets its status, each change is logged so verification stays clean, and
// the read models count a payment awaiting approval apart from what was disbursed.
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The migrations folder as it was at `lastTag` (journal cut there). */
function migrationsUpTo(dir: string, lastIdx: number): string {
  const from = resolve('db/migrations');
  const to = join(dir, 'migrations');
  mkdirSync(join(to, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(from, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= lastIdx);
  for (const e of journal.entries) copyFileSync(join(from, `${e.tag}.sql`), join(to, `${e.tag}.sql`));
  for (const f of readdirSync(join(from, 'meta'))) if (/^\d{4}_snapshot\.json$/.test(f) && Number(f.slice(0, 4)) <= lastIdx) copyFileSync(join(from, 'meta', f), join(to, 'meta', f));
  writeFileSync(join(to, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
  return to;
}

describe('upgrading payments to a stored approval status (migrations 0018-0020)', () => {
  it('marks what needed approval, logs every row, and moves unapproved large payments out of Disbursed', () => {
    const t = makeTmpDir();
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'old.sqlite');
    const old = openDatabase(path, { migrationsFolder: migrationsUpTo(t.dir, 12) });
    const s = old.sqlite;
    audited(s, { userId: null, at: '2026-01-01T09:00:00.000Z', reason: 'set-up' }, () => {
      s.exec(`INSERT INTO countries VALUES ('RS','Serbia');
        INSERT INTO currencies VALUES ('EUR','Euro',2), ('RSD','Serbian Dinar',2);
        INSERT INTO fx_rates (base, quote, rate_date, rate, created_at) VALUES ('EUR', 'RSD', '2026-01-01', '117.2', 'x');
        INSERT INTO users (username, display_name, role, created_at) VALUES ('f1','Finance One','finance_officer','x'), ('f2','Finance Two','finance_officer','x');
        INSERT INTO organisations (name, kind, country, created_at, updated_at) VALUES ('NGO','ngo','RS','x','x'), ('Funder','government','RS','x','x');
        INSERT INTO grants (reference, title, purpose, grantor_id, grantee_id, country, amount_minor, currency, status, start_date, end_date, created_at, updated_at)
          VALUES ('G-1', 't', 'shelter', 2, 1, 'RS', 10000000, 'EUR', 'active', '2026-01-01', '2026-12-31', 'x', 'x');
        INSERT INTO tranches (grant_id, seq, due_date, amount_minor, currency, status, created_at) VALUES (1, 1, '2026-02-01', 10000000, 'EUR', 'released', 'x');`);
      const pay = s.prepare("INSERT INTO disbursements (grant_id, tranche_id, paid_date, amount_minor, currency, grant_amount_minor, recorded_by, approved_by, created_at) VALUES (1, 1, '2026-02-01', ?, ?, ?, 1, ?, '2026-02-01T10:00:00.000Z')");
      pay.run(2_500_000, 'EUR', 2_500_000, null); // EUR 25,000, never approved
      pay.run(500_000, 'EUR', 500_000, null); // EUR 5,000: needed no approval
      pay.run(3_000_000, 'EUR', 3_000_000, null); // EUR 30,000, approved two days later (below)
      pay.run(117_200_000, 'RSD', 1_000_000, null); // RSD 1,172,000.00 = EUR 10,000.00 exactly: at the threshold
    });
    audited(s, { userId: 2, at: '2026-02-03T08:00:00.000Z', reason: null }, () => s.prepare('UPDATE disbursements SET approved_by = 2 WHERE id = 3').run());
    expect(s.prepare('SELECT disbursed_minor AS d FROM grant_totals WHERE grant_id = 1').get()).toEqual({ d: 7_000_000 });
    old.close();

    const now = openDatabase(path);
    cleanups.push(now.close);
    const rows = now.sqlite.prepare('SELECT id, approval_required AS r, approved_at AS at FROM disbursements ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, r: 1, at: null },
      { id: 2, r: 0, at: null },
      { id: 3, r: 1, at: '2026-02-03T08:00:00.000Z' },
      { id: 4, r: 1, at: null },
    ]);
    expect(now.sqlite.prepare('SELECT disbursed_minor AS d, awaiting_minor AS w FROM grant_totals WHERE grant_id = 1').get()).toEqual({ d: 3_500_000, w: 3_500_000 });
    expect(now.sqlite.prepare("SELECT disbursed_minor AS d, awaiting_minor AS w FROM grant_year_totals WHERE grant_id = 1 AND year = '2026'").get()).toEqual({ d: 3_500_000, w: 3_500_000 });
    const logged = now.sqlite.prepare("SELECT COUNT(*) AS n, MIN(reason) AS reason FROM audit_entries WHERE table_name = 'disbursements' AND action = 'update' AND json_extract(after_json, '$.approval_required') IS NOT NULL").get();
    expect(logged).toEqual({ n: 4, reason: "Upgrade: each disbursement's approval status stored (migration 0020)" });
    expect(now.sqlite.prepare('SELECT COUNT(*) AS n FROM audit_context').get()).toEqual({ n: 0 });
    expect(verifyAudit(now.sqlite)).toMatchObject({ ok: true, checkedState: true });
  });
});
