import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCore } from '../../support/demo-core';

// Every grid and report query must reach the big tables (payments, receipts, schedules, matches,
// the audit log) through an index: a plan line "SCAN <big table>" without an index would read the
// whole table on every page. SQL is captured as the API runs it, then explained.
const BIG = new Set(['disbursements', 'd', 'receipts', 'r', 'tranches', 't', 'receipt_matches', 'm', 'audit_entries', 'a', 'b2', 'organisations', 'o', 'people', 'p', 'person_roles', 'person_relations', 'x']);

let env: ReturnType<typeof demoCore>;
beforeAll(() => {
  env = demoCore('demo', 'auditor');
});
afterAll(() => env.cleanup());

/** The SQL statements one API call prepares. */
function statementsOf(method: string, input: unknown): string[] {
  const sqlite = env.raw.ctx.db.$client;
  const prepare = sqlite.prepare;
  const seen: string[] = [];
  sqlite.prepare = ((source: string) => {
    seen.push(source);
    return prepare.call(sqlite, source);
  }) as typeof sqlite.prepare;
  try {
    const r = env.core.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  } finally {
    sqlite.prepare = prepare;
  }
  return seen.filter((s) => /^\s*SELECT/i.test(s));
}

function planOf(source: string): string[] {
  const params = (source.match(/\?/g) ?? []).length;
  const rows = env.raw.ctx.db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...Array<null>(params).fill(null)) as { detail: string }[];
  return rows.map((r) => r.detail);
}

const page = { startRow: 100, endRow: 200 };
const CASES: [string, string, unknown][] = [
  ['Disbursements grid, by amount in one country and currency', 'disbursements.page', { ...page, sortModel: [{ colId: 'amount', sort: 'desc' }], filterModel: { country: { filterType: 'text', type: 'equals', filter: 'RS' }, currency: { filterType: 'text', type: 'equals', filter: 'EUR' } } }],
  ['Audit log, one table newest first', 'audit.page', { ...page, filterModel: { tableName: { filterType: 'text', type: 'equals', filter: 'disbursements' } } }],
  ['Audit log, one user', 'audit.page', { ...page, filterModel: { userId: { filterType: 'number', type: 'equals', filter: 1 } } }],
  ['Audit log, unfiltered', 'audit.page', page],
  ['Grants grid, by disbursed', 'grants.page', { ...page, sortModel: [{ colId: 'disbursed', sort: 'desc' }] }],
  ['Reconciliation grid, by outstanding', 'reconciliation.page', { ...page, sortModel: [{ colId: 'outstanding', sort: 'desc' }] }],
  ['Funding report', 'reports.funding', {}],
  ['Organisations grid, grantees in one country by name', 'organisations.page', { ...page, sortModel: [{ colId: 'name', sort: 'asc' }], filterModel: { side: { filterType: 'text', type: 'equals', filter: 'grantee' }, country: { filterType: 'text', type: 'equals', filter: 'RS' } } }],
  ['Organisations grid, by kind', 'organisations.page', { ...page, filterModel: { kind: { filterType: 'text', type: 'equals', filter: 'ngo' } } }],
  ['People grid, by name', 'people.page', { ...page, sortModel: [{ colId: 'fullName', sort: 'asc' }] }],
];

describe('grid and report queries use indexes on the big tables', () => {
  it.each(CASES)('%s', (_label, method, input) => {
    const statements = statementsOf(method, input);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const plan = planOf(s);
      const fullScans = plan.filter((line) => {
        const m = /^SCAN (\S+)(.*)$/.exec(line);
        return m !== null && BIG.has(m[1]!) && !/USING (COVERING )?INDEX/.test(m[2]!);
      });
      expect(fullScans, `${s}\n${plan.join('\n')}`).toEqual([]);
    }
  });

  it('would notice a full scan (the check can fail)', () => {
    expect(planOf('SELECT * FROM disbursements d WHERE d.bank_reference = ?').some((l) => /^SCAN d$/.test(l))).toBe(true);
  });
});
